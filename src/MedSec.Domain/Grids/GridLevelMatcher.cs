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
    /// <param name="classification">The agreement's secretary levels, lowest first; null without agreement.</param>
    public static GridLevel? Match(IReadOnlyList<GridLevel> grid, string? payrollLevel, IReadOnlyList<AgreementPosition>? classification)
    {
        if (string.IsNullOrWhiteSpace(payrollLevel) || grid.Count == 0) return null;
        var text = LevelText.Normalise(payrollLevel);
        if (classification is null) return OwnLevel(grid, text);

        var code = LevelText.Key(payrollLevel);
        var exact = grid.FirstOrDefault(l => l.Position is { } p && LevelText.Key(p) == code);
        if (exact is not null) return exact;
        var index = classification.ToList().FindIndex(p => LevelText.Key(p.Level) == code);
        if (index >= 0) return Below(grid, p => classification.ToList().FindIndex(c => LevelText.Key(c.Level) == LevelText.Key(p)) <= index);
        if (Number(text) is not { } value) return OwnLevel(grid, text);
        if (grid.Any(l => l.Position is { } p && Number(LevelText.Normalise(p)) is null)) return OwnLevel(grid, text);
        return Below(grid, p => Number(LevelText.Normalise(p)) <= value) ?? grid[0];
    }

    /// <summary>The position of <paramref name="classification"/> the payroll's level text names, if it names one.</summary>
    public static AgreementPosition? Position(string? payrollLevel, IReadOnlyList<AgreementPosition> classification) =>
        string.IsNullOrWhiteSpace(payrollLevel) ? null : classification.FirstOrDefault(p => LevelText.Key(p.Level) == LevelText.Key(payrollLevel));

    /// <summary>The grid level whose number (1…K) or label the text is.</summary>
    private static GridLevel? OwnLevel(IReadOnlyList<GridLevel> grid, string text) =>
        grid.FirstOrDefault(l => LevelText.Normalise(l.Level.ToString(CultureInfo.InvariantCulture)) == text || LevelText.Normalise(l.Label) == text);

    private static GridLevel? Below(IReadOnlyList<GridLevel> grid, Func<string, bool> atOrBelow) =>
        grid.LastOrDefault(l => l.Position is { } p && atOrBelow(p));

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}
