using System.Globalization;
using MedSec.Web.Formatting;
using Microsoft.AspNetCore.WebUtilities;

namespace MedSec.Web.Careers;

/// <summary>
/// The counsellor's question as the "Parcours de carrière" form holds it (codes as in <c>GET /api/paths</c>), and as the
/// print view's address carries it (<see cref="ToQueryString"/>, <see cref="FromQuery"/>).
/// </summary>
public sealed class PathsRequest
{
    public string? Region { get; set; } = "84";

    /// <summary>A French postcode, which gives the région when set.</summary>
    public string? Postcode { get; set; }

    public int Experience { get; set; } = 4;

    /// <summary>Career role code (DESIGN.md): <c>secretary</c>, <c>AMA-CN</c>, <c>telesecretary</c>…</summary>
    public string? Role { get; set; } = "secretary";

    public string? Specialty { get; set; }

    public int Years { get; set; } = 10;

    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>
        {
            ["region"] = string.IsNullOrWhiteSpace(Postcode) ? Region : null,
            ["postcode"] = string.IsNullOrWhiteSpace(Postcode) ? null : Postcode.Trim(),
            ["experience"] = Experience.ToString(CultureInfo.InvariantCulture),
            ["role"] = Role,
            ["specialty"] = string.IsNullOrWhiteSpace(Specialty) ? null : Specialty,
            ["years"] = Years.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("", query.Where(p => p.Value is not null)!);
    }

    /// <summary>The request a print address describes; a missing number keeps the form's default (a malformed one is
    /// <see cref="QueryProblem"/>'s to say).</summary>
    public static PathsRequest FromQuery(string? region, string? postcode, string? experience, string? role, string? specialty, string? years)
    {
        var request = new PathsRequest { Region = region, Postcode = postcode, Role = role, Specialty = specialty };
        if (ReadWholeNumber(experience) is { } e) request.Experience = e;
        if (ReadWholeNumber(years) is { } y) request.Years = y;
        return request;
    }

    /// <summary>
    /// What an address holds that cannot be read as a whole number of years (someone edited or cut it), in French; null
    /// when all is readable. The pages say it rather than plan silently with the form's default (10 years for "abc"),
    /// which a printed plan would then show as asked.
    /// </summary>
    public static string? QueryProblem(string? experience, string? years) =>
        AddressProblem.Unreadable(("un nombre d'années lisible", "des nombres d'années lisibles"),
            ("l'expérience", experience, IsWholeNumber), ("l'horizon", years, IsWholeNumber));

    private static bool IsWholeNumber(string text) => ReadWholeNumber(text) is not null;

    // A sign is read: "-3" is a number out of its limits, which the paths' own check then names with its limits
    // ("entre 0 et 50 ans"), not text the page cannot read.
    private static int? ReadWholeNumber(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
