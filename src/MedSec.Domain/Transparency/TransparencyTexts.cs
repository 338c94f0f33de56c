using System.Globalization;

namespace MedSec.Domain.Transparency;

/// <summary>The French sentences of the pay-transparency figures (same conventions as the pay warnings).</summary>
public static class TransparencyTexts
{
    public static string UnderK(int k) => $"Moins de {k} salariés dont le sexe est connu : non publié.";

    public const string OneSex = "Un seul sexe représenté : pas d'écart calculable.";

    public static string Alert(decimal gap) =>
        $"Écart de rémunération horaire moyenne de {Percent(gap)} % (seuil 5 %) : évaluation conjointe des rémunérations requise si l'écart n'est pas justifié par des critères objectifs (directive (UE) 2023/970, art. 10).";

    public static string HiddenCategories(int count, int k) =>
        count == 1
            ? $"1 catégorie de moins de {k} salariés n'est pas publiée."
            : $"{count} catégories de moins de {k} salariés ne sont pas publiées.";

    public static string WithoutGender(int count) =>
        $"{count} salarié(s) sans sexe renseigné, exclu(s) des écarts.";

    public static string NoQuartiles(int k) =>
        $"Effectif trop faible pour publier les quartiles de rémunération (au moins {k} salariés par quartile).";

    /// <summary>Why a letter withholds an average (Directive (EU) 2023/970 art. 12(3)) and who may see it.</summary>
    public static string CoworkerWithheld(bool women, bool men) =>
        $"{(women && men ? "Les moyennes des femmes et des hommes" : women ? "La moyenne des femmes" : "La moyenne des hommes")} de votre catégorie "
        + $"{(women && men ? "ne sont pas communiquées : elles feraient" : "n'est pas communiquée : elle ferait")} connaître la rémunération d'un collègue identifiable "
        + "(directive (UE) 2023/970, art. 12). Les représentants du personnel, l'inspection du travail et le Défenseur des droits peuvent y avoir accès.";

    public static string Percent(decimal value) => value.ToString("0.0#", CultureInfo.InvariantCulture).Replace('.', ',');
}
