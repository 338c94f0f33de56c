using System.Globalization;

namespace MedSec.Analytics.Sample;

/// <summary>An experience band of the parameters file, written <c>3-5</c> (years, inclusive).</summary>
public readonly record struct ExperienceBand(string Key, int From, int To)
{
    public static ExperienceBand Parse(string key)
    {
        var parts = key.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to) && to >= from
            ? new ExperienceBand(key, from, to)
            : throw new FormatException($"'{key}' is not an experience band (e.g. 3-5)");
    }

    public bool Contains(decimal years) => years >= From && years <= To;

    /// <summary>The band of a number of years among <paramref name="bands"/> (the last one for anything beyond).</summary>
    public static ExperienceBand Of(IReadOnlyList<ExperienceBand> bands, decimal years) =>
        bands.FirstOrDefault(b => b.Contains(years)) is { Key: not null } band ? band : bands[^1];
}
