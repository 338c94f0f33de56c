using System.Globalization;

namespace MedSec.Domain.Grids;

/// <summary>
/// Finds the grid level of a payroll's level text. With an agreement, the text is the agreement's level code
/// (positionnement 7, coefficient 150, N6): the grid level holding that position, else the highest grid level whose
/// position is below it (a level between two grid levels is paid as the lower one; one under the grid goes to level 1).
/// Without an agreement, the text is the grid level's number (1…K) or its label; so it is with an agreement when the text
/// names no position (IDCC 2264 has one secretary level, niveau 6, which every grid level holds: the payroll can only
/// name the grid's own levels). Case, blanks, leading zeros and a leading word (niveau, positionnement, coefficient, coef)
/// are ignored; against a position code, so is the N of IDCC 2264's codes ("Niveau 6" is position N6).
/// </summary>
public static class GridLevelMatcher
{
    private static readonly string[] Words = ["positionnement", "coefficient", "niveau", "coef.", "coef", "position", "niv.", "niv", "pos."];

    /// <param name="classification">The agreement's secretary levels, lowest first; null without agreement.</param>
    public static GridLevel? Match(IReadOnlyList<GridLevel> grid, string? payrollLevel, IReadOnlyList<AgreementPosition>? classification)
    {
        if (string.IsNullOrWhiteSpace(payrollLevel) || grid.Count == 0) return null;
        var text = Normalise(payrollLevel);
        if (classification is null) return OwnLevel(grid, text);

        var code = Code(payrollLevel);
        var exact = grid.FirstOrDefault(l => l.Position is { } p && Code(p) == code);
        if (exact is not null) return exact;
        var index = classification.ToList().FindIndex(p => Code(p.Level) == code);
        if (index >= 0) return Below(grid, p => classification.ToList().FindIndex(c => Code(c.Level) == Code(p)) <= index);
        if (Number(text) is not { } value) return OwnLevel(grid, text);
        if (grid.Any(l => l.Position is { } p && Number(Normalise(p)) is null)) return OwnLevel(grid, text);
        return Below(grid, p => Number(Normalise(p)) <= value) ?? grid[0];
    }

    /// <summary>The position of <paramref name="classification"/> the payroll's level text names, if it names one.</summary>
    public static AgreementPosition? Position(string? payrollLevel, IReadOnlyList<AgreementPosition> classification) =>
        string.IsNullOrWhiteSpace(payrollLevel) ? null : classification.FirstOrDefault(p => Code(p.Level) == Code(payrollLevel));

    /// <summary>The grid level whose number (1…K) or label the text is.</summary>
    private static GridLevel? OwnLevel(IReadOnlyList<GridLevel> grid, string text) =>
        grid.FirstOrDefault(l => Normalise(l.Level.ToString(CultureInfo.InvariantCulture)) == text || Normalise(l.Label) == text);

    private static GridLevel? Below(IReadOnlyList<GridLevel> grid, Func<string, bool> atOrBelow) =>
        grid.LastOrDefault(l => l.Position is { } p && atOrBelow(p));

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A level text as a position code: normalised, and IDCC 2264's "N6" read as "6", as "Niveau 6" is.</summary>
    private static string Code(string text)
    {
        var t = Normalise(text);
        return t.Length > 1 && t[0] == 'n' && char.IsAsciiDigit(t[1]) ? Normalise(t[1..]) : t;
    }

    private static string Normalise(string text)
    {
        var t = text.Trim().ToLowerInvariant();
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
