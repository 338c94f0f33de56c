using System.Globalization;
using MedSec.Analytics.Estimation.Model;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation;

/// <summary>The warnings an estimate may carry, each one French sentence (amounts as in the pay warnings: <c>1823,03 €</c>).</summary>
internal static class EstimateWarnings
{
    public static string Synthetic(double share) =>
        $"Modèle appris sur {Percent(share)} de données synthétiques (échantillon généré) : un ordre de grandeur, pas une mesure du marché.";

    public static string FewObservations(int n, int k) =>
        $"Peu d'observations dans la cellule de ce profil (n = {n}, moins de {k}) : l'estimation s'appuie sur des profils voisins et l'intervalle est élargi.";

    public static string RaisedToFloor(decimal p10, decimal floor) =>
        $"Le P10 du modèle ({Euros(p10)}) est sous le plancher légal ({Euros(floor)}) : les valeurs sous le plancher sont relevées au plancher.";

    public static string FreelanceNotHeldToFloor(decimal p10, decimal smic) =>
        $"Contrat freelance : le SMIC ne s'applique pas à un indépendant ; le plancher indiqué ({Euros(smic)}) n'est qu'une comparaison " +
        $"et l'estimation n'y est pas relevée (P10 : {Euros(p10)}).";

    public static string MembersMinimum(Agreement agreement, string level, decimal minimum) =>
        $"Dans une clinique adhérente d'une fédération signataire, le minimum conventionnel du niveau {level} " +
        $"(IDCC {CodeBook.Agreements.ToCode(agreement)}, non étendu) est de {Euros(minimum)} : plus haut que le plancher légal retenu ici.";

    /// <summary>A value asked that no observation of the sector has: the model answers for it, but has not learnt it.</summary>
    public static string UnseenValue(ProfileFeature feature, string code, Sector sector) =>
        $"Aucune observation {Option(feature)} « {ProfileLabels.Of(feature, code)} » dans le secteur {FrenchLabels.Sector(sector).ToLowerInvariant()} : estimation par extrapolation.";

    private static string Option(ProfileFeature feature) => feature switch
    {
        ProfileFeature.Employer => "de l'employeur",
        ProfileFeature.Size => "de la taille d'employeur",
        ProfileFeature.Specialty => "de la spécialité",
        _ => "du contrat",
    };

    public static string ExperienceCapped(decimal years, decimal cap) =>
        $"Expérience de {years.ToString("0.#", CultureInfo.InvariantCulture)} ans : le modèle la traite comme {cap:0} ans.";

    public static string OutsideData(DateOnly date, DateOnly from, DateOnly to) =>
        $"Plancher calculé au {Iso(date)}, mais les observations vont du {Iso(from)} au {Iso(to)} : le niveau du marché a pu changer depuis.";

    private static string Euros(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " €";

    /// <summary>A share in whole percents, with one decimal where whole percents would say 0 % or 100 % of a mix.</summary>
    private static string Percent(double share)
    {
        var whole = Math.Round(share * 100);
        var mixed = share is > 0 and < 1 && whole is 0 or 100;
        return (share * 100).ToString(mixed ? "0.0" : "0", CultureInfo.GetCultureInfo("fr-FR")) + " %";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
