using System.Globalization;
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

    /// <summary>The request a print address describes; a missing or malformed number keeps the form's default.</summary>
    public static PathsRequest FromQuery(string? region, string? postcode, string? experience, string? role, string? specialty, string? years)
    {
        var request = new PathsRequest { Region = region, Postcode = postcode, Role = role, Specialty = specialty };
        if (int.TryParse(experience, NumberStyles.None, CultureInfo.InvariantCulture, out var e)) request.Experience = e;
        if (int.TryParse(years, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) request.Years = y;
        return request;
    }
}
