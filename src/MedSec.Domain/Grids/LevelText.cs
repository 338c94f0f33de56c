namespace MedSec.Domain.Grids;

/// <summary>
/// A payroll's level text as the same level whatever its spelling: "7", "07", " Positionnement 7 " and "positionnement 7"
/// are one level, and so are IDCC 2264's "N6" and "Niveau 6". The grid matcher places staff with it and the pay-gap report
/// groups categories with it, so one spelling never splits a category of workers in two.
/// </summary>
public static class LevelText
{
    private static readonly string[] Words = ["positionnement", "coefficient", "niveau", "coef.", "coef", "position", "niv.", "niv", "pos."];

    /// <summary>A level text as a position code: normalised, and IDCC 2264's "N6" read as "6", as "Niveau 6" is.</summary>
    public static string Key(string text)
    {
        var t = Normalise(text);
        return t.Length > 1 && t[0] == 'n' && char.IsAsciiDigit(t[1]) ? Normalise(t[1..]) : t;
    }

    /// <summary>Lower case, blanks collapsed, without a leading word (niveau, positionnement, coefficient…) or leading zeros.</summary>
    public static string Normalise(string text)
    {
        var t = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var word in Words)
            if (t.StartsWith(word, StringComparison.Ordinal) && t.Length > word.Length)
            {
                t = t[word.Length..].Trim();
                break;
            }
        t = t.TrimStart('0');
        return t.Length == 0 ? "0" : t;
    }
}
