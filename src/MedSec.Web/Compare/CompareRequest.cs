using System.Globalization;
using MedSec.Web.Formatting;
using Microsoft.AspNetCore.WebUtilities;

namespace MedSec.Web.Compare;

/// <summary>
/// The job seeker's profile as the "Comparer mon salaire" form holds it: codes as strings (as in the API), a région or a
/// postcode, years of experience and weekly hours. Optional values left null are filled in by the estimator.
/// </summary>
public sealed class CompareRequest
{
    /// <summary>The sector the person asks about (<c>public</c>, <c>private</c>, <c>remote</c>), or null for no preference.</summary>
    public string? Sector { get; set; }

    /// <summary>INSEE région code; ignored when <see cref="Postcode"/> is given.</summary>
    public string? Region { get; set; } = "84";

    /// <summary>A French postcode (code postal), which gives the région.</summary>
    public string? Postcode { get; set; }

    public decimal Experience { get; set; } = 4m;

    public string? Specialty { get; set; }

    public string? Employer { get; set; }

    public decimal WeeklyHours { get; set; } = 35m;

    /// <summary>The profile as the page's address carries it once compared, so Back, Forward and Reload bring it back.</summary>
    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>
        {
            ["region"] = string.IsNullOrWhiteSpace(Postcode) ? Region : null,
            ["postcode"] = string.IsNullOrWhiteSpace(Postcode) ? null : Postcode.Trim(),
            ["sector"] = Sector,
            ["experience"] = Experience.ToString(CultureInfo.InvariantCulture),
            ["specialty"] = Specialty,
            ["employer"] = Employer,
            ["weeklyHours"] = WeeklyHours.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("", query.Where(p => !string.IsNullOrWhiteSpace(p.Value))!);
    }

    /// <summary>The profile an address describes, or null when it describes none (no experience in it).</summary>
    public static CompareRequest? FromQuery(string? region, string? postcode, string? sector, string? experience, string? specialty, string? employer, string? weeklyHours)
    {
        if (ReadNumber(experience) is not { } years) return null;
        var request = new CompareRequest { Region = region ?? "84", Postcode = postcode, Sector = sector, Experience = years, Specialty = specialty, Employer = employer };
        if (ReadNumber(weeklyHours) is { } hours) request.WeeklyHours = hours;
        return request;
    }

    /// <summary>
    /// What an address holds that cannot be read as a number (someone edited it by hand), in French; null when all is
    /// readable. The page says it rather than showing the empty form without a word.
    /// </summary>
    public static string? QueryProblem(string? experience, string? weeklyHours) =>
        AddressProblem.Unreadable(("un nombre lisible", "des nombres lisibles"),
            ("l'expérience", experience, Reads), ("les heures", weeklyHours, Reads)) is { } problem
            ? problem + " Saisissez le profil ci-dessus."
            : null;

    private static bool Reads(string text) => ReadNumber(text) is not null;

    // A sign is read: "-3" is a number out of its limits, which the estimate's own check then names with its limits
    // ("de 0 à 50 ans"), not text the page cannot read.
    private static decimal? ReadNumber(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
