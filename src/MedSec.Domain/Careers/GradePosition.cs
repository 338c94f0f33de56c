using MedSec.Domain.Reference;

namespace MedSec.Domain.Careers;

/// <summary>Where an agent stands in a grid: échelon, and months already spent in it.</summary>
public readonly record struct GradePosition(int Echelon, int MonthsInEchelon)
{
    /// <summary>
    /// The position after <paramref name="months"/> in the grade from échelon 1, moving up when each échelon's duration has
    /// passed (avancement d'échelon; the durations of <paramref name="grid"/>, ordered by échelon). The last échelon keeps
    /// the agent.
    /// </summary>
    public static GradePosition After(IReadOnlyList<GridStep> grid, int months)
    {
        if (grid.Count == 0) throw new ArgumentException("empty grid", nameof(grid));
        var left = Math.Max(0, months);
        foreach (var step in grid.OrderBy(s => s.Echelon))
        {
            if (step.DurationMonths is not { } duration || duration <= 0 || left < duration) return new GradePosition(step.Echelon, left);
            left -= duration;
        }
        var last = grid.Max(s => s.Echelon);
        return new GradePosition(last, left);
    }

    /// <summary>
    /// Reclassement on promotion: the échelon of the new grid whose index is equal or immediately above
    /// <paramref name="indexPoints"/> (the last échelon when every index is below), seniority in the échelon not kept.
    /// </summary>
    public static int Reclassement(IReadOnlyList<GridStep> newGrid, int indexPoints)
    {
        if (newGrid.Count == 0) throw new ArgumentException("empty grid", nameof(newGrid));
        var ordered = newGrid.OrderBy(s => s.Echelon).ToList();
        return (ordered.FirstOrDefault(s => s.IndexPoints >= indexPoints) ?? ordered[^1]).Echelon;
    }

    /// <summary>The grid of a grade in force at a date (newest version valid then), ordered by échelon.</summary>
    public static IReadOnlyList<GridStep> GridAt(ReferenceData data, Codes.GradeCode grade, DateOnly date)
    {
        var rows = data.Grids.Where(g => g.Grade == grade && g.ValidFrom <= date && (g.ValidTo is not { } to || date <= to)).ToList();
        if (rows.Count == 0) rows = data.Grids.Where(g => g.Grade == grade && g.ValidTo is null).ToList();
        if (rows.Count == 0) return [];
        var version = rows.Max(g => g.ValidFrom);
        return rows.Where(g => g.ValidFrom == version).OrderBy(g => g.Echelon).ToList();
    }
}
