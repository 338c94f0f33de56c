namespace MedSec.Data.Ingestion;

/// <summary>Département codes: <c>01</c>–<c>95</c> (no <c>20</c>), <c>2A</c>, <c>2B</c>, overseas <c>971</c>–<c>976</c>.</summary>
public static class Departement
{
    /// <summary>The canonical code of <paramref name="text"/> ("7" → "07", "2a" → "2A"), or not found.</summary>
    public static (bool Found, string Value) Resolve(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (t is "2A" or "2B") return (true, t);
        if (!int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            return (false, "");
        if (n is >= 1 and <= 95 and not 20) return (true, n.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        if (n is >= 971 and <= 976 && t.Length == 3) return (true, t);
        return (false, "");
    }
}
