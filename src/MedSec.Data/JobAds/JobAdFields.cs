namespace MedSec.Data.JobAds;

/// <summary>
/// Field names of a France Travail offer ("Offres d'emploi v2" API): the JSON paths, dotted for nested objects, which
/// are also the header names of the pipe-separated export.
/// </summary>
public static class JobAdFields
{
    public const string Id = "id";
    public const string Title = "intitule";
    public const string Created = "dateCreation";
    public const string RomeCode = "romeCode";
    public const string RomeLabel = "romeLibelle";
    public const string Appellation = "appellationlibelle";
    public const string ContractCode = "typeContrat";
    public const string ExperienceRequired = "experienceExige";
    public const string ExperienceLabel = "experienceLibelle";
    public const string WorkingTime = "dureeTravailLibelle";
    public const string WorkingTimeConverted = "dureeTravailLibelleConverti";
    public const string NafCode = "codeNAF";
    public const string NafLabel = "secteurActiviteLibelle";
    public const string PlaceLabel = "lieuTravail.libelle";
    public const string Postcode = "lieuTravail.codePostal";
    public const string CommuneCode = "lieuTravail.commune";
    public const string EmployerName = "entreprise.nom";
    public const string SalaryText = "salaire.libelle";
    public const string SalaryComment = "salaire.commentaire";

    /// <summary>The ROME code of medical secretaries (secrétariat et assistanat médical ou médico-social).</summary>
    public const string MedicalSecretaryRome = "M1609";
}
