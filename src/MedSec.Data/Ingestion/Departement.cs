using System.Globalization;
using MedSec.Data.Geography;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Département codes: <c>01</c>–<c>95</c> (no <c>20</c>), <c>2A</c>, <c>2B</c>, overseas <c>971</c>–<c>974</c> and <c>976</c>
/// (the 101 départements of the INSEE COG; 975, Saint-Pierre-et-Miquelon, is a collectivité, not a département).
/// </summary>
public static class Departement
{
    /// <summary>The canonical code of <paramref name="text"/> ("7" → "07", "2a" → "2A"), or not found.</summary>
    public static (bool Found, string Value) Resolve(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (t is "2A" or "2B") return (true, t);
        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return (false, "");
        if (n is >= 1 and <= 95 and not 20) return (true, n.ToString("00", CultureInfo.InvariantCulture));
        if (n is >= 971 and <= 976 and not 975 && t.Length == 3) return (true, t);
        return (false, "");
    }

    /// <summary>
    /// A département as a reader resolves it: its canonical code and, when the reader knows the geography, the département's
    /// row of departements.csv and its région's <see cref="RegionIndex"/> (<see cref="Info"/> null when only the form of the
    /// code was checked).
    /// </summary>
    internal readonly record struct Resolved(string Code, DepartementInfo? Info, byte Region);

    /// <summary>Resolves <paramref name="text"/> by its form, then (when <paramref name="geography"/> is given) in the COG.</summary>
    internal static (bool Found, Resolved Value) Resolve(string text, FrenchGeography? geography)
    {
        var (found, code) = Resolve(text);
        if (!found) return (false, default);
        if (geography is null) return (true, new Resolved(code, null, 0));
        return geography.TryGetDepartement(code, out var info)
            ? (true, new Resolved(code, info, RegionIndex.Of(info.Region)))
            : (false, default);
    }
}
