using System.Globalization;
using System.Text.RegularExpressions;
using MedSec.Domain.Pay;

namespace MedSec.Data.JobAds;

/// <summary>
/// Reads the weekly hours of a France Travail offer from <c>dureeTravailLibelle</c>: "35H Autre" → 35,
/// "temps partiel - 27H30 Autre" → 27.5, "36H15 Travail en journée" → 36.25 (minutes rounded to the hundredth of an hour).
/// </summary>
public static partial class WorkingHoursParser
{
    [GeneratedRegex(@"^\s*(?:temps\s+(?:partiel|plein)\s*-\s*)?(?<h>\d{1,2})\s*h\s*(?<m>\d{1,2})?(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The weekly hours, or false when the text states none (or more than 48, the legal maximum).</summary>
    public static bool TryParse(string? label, out decimal weeklyHours)
    {
        weeklyHours = 0m;
        if (string.IsNullOrWhiteSpace(label)) return false;
        var match = Pattern().Match(label);
        if (!match.Success) return false;
        // \d also matches the digits of other scripts ("３５H"), which int does not read: then the text states no hours.
        if (!int.TryParse(match.Groups["h"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var hours)) return false;
        var minutes = 0;
        if (match.Groups["m"].Success && !int.TryParse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out minutes)) return false;
        if (minutes >= 60) return false;
        var value = hours + Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero);
        if (value is <= 0m or > WorkingTime.MaximumWeeklyHours) return false;
        weeklyHours = value;
        return true;
    }

    /// <summary>True when the text or its converted label says part time ("temps partiel").</summary>
    public static bool IsPartTime(string? label, string? converted) =>
        (label?.Contains("partiel", StringComparison.OrdinalIgnoreCase) ?? false)
        || (converted?.Contains("partiel", StringComparison.OrdinalIgnoreCase) ?? false);
}
