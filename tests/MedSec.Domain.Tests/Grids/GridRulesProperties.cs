using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Domain.Grids;
using MedSec.Domain.Pay;

namespace MedSec.Domain.Tests.Grids;

/// <summary>
/// The grid's invariants over generated levels, floors (in any order), multipliers and markets with gaps
/// (fixed FsCheck seeds; FsCheck prints the replay of any failure).
/// </summary>
public class GridRulesProperties
{
    private sealed record Case(IReadOnlyList<GridLevelInput> Levels, IReadOnlyList<int> Years, IReadOnlyList<decimal?> Market);

    private static readonly Gen<decimal> Amounts = Gen.Choose(100_000, 400_000).Select(c => c / 100m);

    private static readonly Gen<Case> Cases =
        from levels in Gen.Choose(1, 8)
        from steps in Gen.Choose(1, SeniorityScale.MaxSteps)
        from floors in Gen.ArrayOf(Amounts, levels)
        from gap in Gen.Choose(0, 2000).Select(g => g / 10_000m)
        from market in Gen.ArrayOf(Gen.Frequency((4, Amounts.Select(a => (decimal?)a)), (1, Gen.Constant((decimal?)null))), steps)
        select new Case(
            [.. floors.Select((f, i) => new GridLevelInput(i + 1, $"Niveau {i + 1}", null, f, "smic", null, f, LevelSpacing.Multiplier(i + 1, levels, gap)))],
            SeniorityScale.Steps(steps), market);

    [Property(MaxTest = 200, Replay = "(20261122,23)")]
    public Property EveryCellIsAtLeastItsLevelsFloor() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
            GridRules.Build(c.Levels, c.Years, c.Market)
                .Zip(c.Levels).All(p => p.First.Steps.All(s => s.MonthlyGross >= p.Second.Floor)));

    [Property(MaxTest = 200, Replay = "(20261122,29)")]
    public Property TheGridIsMonotoneInLevelAndSeniority() =>
        Prop.ForAll(Cases.ToArbitrary(), c => GridRules.IsMonotone(GridRules.Build(c.Levels, c.Years, c.Market)));

    /// <summary>No cell is raised more than its constraints ask: it is the cent-rounded max of target, floor and neighbours.</summary>
    [Property(MaxTest = 200, Replay = "(20261122,31)")]
    public Property EveryCellIsTheLeastThatMeetsItsConstraints() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var grid = GridRules.Build(c.Levels, c.Years, c.Market);
            for (var l = 0; l < grid.Count; l++)
                for (var s = 0; s < c.Years.Count; s++)
                {
                    var least = Math.Max((c.Market[s] ?? 0m) * c.Levels[l].Multiplier, c.Levels[l].Floor);
                    if (l > 0) least = Math.Max(least, grid[l - 1].Steps[s].MonthlyGross);
                    if (s > 0) least = Math.Max(least, grid[l].Steps[s - 1].MonthlyGross);
                    if (grid[l].Steps[s].MonthlyGross != Money.Cents(least)) return false;
                }
            return true;
        });
}
