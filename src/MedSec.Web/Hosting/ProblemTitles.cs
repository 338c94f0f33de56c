namespace MedSec.Web.Hosting;

/// <summary>The titles of the API's problem details (RFC 9457 §3.1.3: a short summary of the kind of problem), in French as the details.</summary>
public static class ProblemTitles
{
    public const string BadInput = "Requête invalide";
    public const string UnknownCode = "Code inconnu";
    public const string Unexpected = "Erreur inattendue";
    public const string FileTooLarge = "Fichier trop volumineux";
    public const string UnsupportedFile = "Fichier non pris en charge";
}
