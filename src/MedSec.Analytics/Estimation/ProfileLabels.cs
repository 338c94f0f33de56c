using System.Globalization;
using MedSec.Analytics.Estimation.Model;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation;

/// <summary>The words a job seeker reads for each value of a profile (French, as the rest of the product).</summary>
public static class ProfileLabels
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Of(ProfileFeature feature, string code) => feature switch
    {
        ProfileFeature.Region => CodeBook.RegionNames.GetValueOrDefault(code, code),
        ProfileFeature.Employer => CodeBook.Employers.TryParse(code, out var e) ? FrenchLabels.Employer(e) : code,
        ProfileFeature.Specialty => CodeBook.Specialties.TryParse(code, out var s) ? FrenchLabels.Specialty(s) : code,
        ProfileFeature.Contract => CodeBook.Contracts.TryParse(code, out var c) ? FrenchLabels.Contract(c) : code,
        ProfileFeature.Size => CodeBook.Sizes.TryParse(code, out var z) ? Size(z) : code,
        _ => code,
    };

    public static string Size(SizeBand size) => size switch
    {
        SizeBand.From1To9 => "1 à 9 salariés",
        SizeBand.From10To49 => "10 à 49 salariés",
        SizeBand.From50To249 => "50 à 249 salariés",
        _ => "250 salariés et plus",
    };

    public static string Experience(decimal years) => $"{Years(years)} d'expérience";

    /// <summary>A number of years, singular below 2 as French writes it: "0 an", "1,5 an", "2 ans".</summary>
    public static string Years(decimal years) => $"{years.ToString("0.#", French)} {(years < 2m ? "an" : "ans")}";

    /// <summary>
    /// <c>Île-de-France : +180 €</c>: the label, a sign (− for a loss), whole euros grouped by thousands; plain spaces,
    /// so the text reads the same in a terminal, in JSON and on a page.
    /// </summary>
    public static string Effect(string label, decimal euros)
    {
        var rounded = Math.Round(euros, 0, MidpointRounding.AwayFromZero);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "";
        return $"{label} : {sign}{Math.Abs(rounded).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ')} €";
    }
}
