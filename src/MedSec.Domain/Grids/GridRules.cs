using MedSec.Domain.Pay;

namespace MedSec.Domain.Grids;

/// <summary>
/// Builds a salary grid (grille de salaires) from market targets: each cell is the market figure of its seniority step
/// times its level's multiplier, raised to the level's legal floor at that step (the level's floor, or the floor with
/// the agreement's add-ons for the step's years when it has some), then to the cell below (previous level, same step)
/// and to the cell before (same level, previous step), so the grid never falls under a floor and is monotone in level
/// and seniority. Each cell is rounded to the cent (rounding is monotone, so both properties survive it).
/// </summary>
public static class GridRules
{
    /// <param name="levels">Lowest first.</param>
    /// <param name="stepYears">Ascending seniority thresholds.</param>
    /// <param name="market">The market figure of each step (null when the market has none: the floor applies).</param>
    public static IReadOnlyList<GridLevel> Build(IReadOnlyList<GridLevelInput> levels, IReadOnlyList<int> stepYears, IReadOnlyList<decimal?> market)
    {
        if (market.Count != stepYears.Count) throw new ArgumentException("One market figure per step.", nameof(market));
        var result = new List<GridLevel>(levels.Count);
        GridLevel? below = null;
        foreach (var input in levels)
        {
            var steps = new List<GridStepPay>(stepYears.Count);
            for (var s = 0; s < stepYears.Count; s++)
            {
                decimal? target = market[s] is { } m ? m * input.Multiplier : null;
                var floor = input.SeniorityFloors is { } floors ? SeniorityFloor.At(floors, stepYears[s]) : input.Floor;
                var value = Math.Max(target ?? 0m, floor);
                if (below is not null) value = Math.Max(value, below.Steps[s].MonthlyGross);
                if (s > 0) value = Math.Max(value, steps[s - 1].MonthlyGross);
                var cell = Money.Cents(value);
                var rounded = target is { } t ? Money.Cents(t) : (decimal?)null;
                steps.Add(new GridStepPay(stepYears[s], cell, rounded, (rounded ?? 0m) < floor && cell == floor) { Floor = floor });
            }
            below = new GridLevel(input.Level, input.Label, input.Position, steps, input.Floor, input.FloorBinding, input.AgreementMinimum, input.Smic);
            result.Add(below);
        }
        return result;
    }

    /// <summary>True when every cell is at least the cell of the level below and of the step before.</summary>
    public static bool IsMonotone(IReadOnlyList<GridLevel> grid)
    {
        for (var l = 0; l < grid.Count; l++)
            for (var s = 0; s < grid[l].Steps.Count; s++)
            {
                var cell = grid[l].Steps[s].MonthlyGross;
                if (s > 0 && cell < grid[l].Steps[s - 1].MonthlyGross) return false;
                if (l > 0 && cell < grid[l - 1].Steps[s].MonthlyGross) return false;
            }
        return true;
    }

    /// <summary>The pay range to publish in a job ad for a level: its first and last step (Directive 2023/970 art. 5).</summary>
    public static JobAdRange JobAdRange(GridLevel level, string? agreement) => new(
        level.Level, level.Label, level.Steps[0].MonthlyGross, level.Steps[^1].MonthlyGross,
        level.Steps[0].MonthlyGross * WorkingTime.MonthsPerYear, level.Steps[^1].MonthlyGross * WorkingTime.MonthsPerYear, agreement);
}
