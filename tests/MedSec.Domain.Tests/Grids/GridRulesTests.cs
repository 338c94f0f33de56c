using MedSec.Domain.Grids;
using static MedSec.Domain.Tests.Grids.GridBuilders;

namespace MedSec.Domain.Tests.Grids;

public class GridRulesTests
{
    private static readonly IReadOnlyList<int> Years = [0, 2, 5];

    [Fact]
    public void ACellIsTheMarketTimesTheLevelMultiplierToTheCent()
    {
        var grid = GridRules.Build([Level(1, 1800m, 1.0333m)], Years, [2000m, 2100m, 2200m]);

        Assert.Equal([2066.60m, 2169.93m, 2273.26m], grid[0].Steps.Select(s => s.MonthlyGross));
        Assert.All(grid[0].Steps, s => Assert.False(s.RaisedToFloor));
    }

    [Fact]
    public void AMarketBelowTheFloorGivesTheFloorAndSaysSo()
    {
        var grid = GridRules.Build([Level(1, 1823.03m)], Years, [1700m, 1900m, null]);

        Assert.Equal([1823.03m, 1900m, 1900m], grid[0].Steps.Select(s => s.MonthlyGross));
        Assert.True(grid[0].Steps[0].RaisedToFloor);
        Assert.Equal(1700m, grid[0].Steps[0].Target);
        Assert.False(grid[0].Steps[1].RaisedToFloor);
        // No market at the last step: the cell keeps the step before (1 900 €), which is above the floor.
        Assert.Null(grid[0].Steps[2].Target);
        Assert.False(grid[0].Steps[2].RaisedToFloor);
    }

    [Fact]
    public void AMarketThatFallsWithSeniorityIsHeldAtTheStepBefore()
    {
        var grid = GridRules.Build([Level(1, 1800m)], Years, [2300m, 2200m, 2400m]);

        Assert.Equal([2300m, 2300m, 2400m], grid[0].Steps.Select(s => s.MonthlyGross));
    }

    [Fact]
    public void AHigherLevelWithALowerFloorAndMultiplierIsHeldAtTheLevelBelow()
    {
        var grid = GridRules.Build([Level(1, 2000m, 1.1m), Level(2, 1800m, 1.0m)], Years, [1900m, 1950m, 2000m]);

        Assert.Equal([2090m, 2145m, 2200m], grid[0].Steps.Select(s => s.MonthlyGross));
        Assert.Equal(grid[0].Steps.Select(s => s.MonthlyGross), grid[1].Steps.Select(s => s.MonthlyGross));
        Assert.True(GridRules.IsMonotone(grid));
    }

    [Fact]
    public void IsMonotoneFindsACellBelowItsNeighbour()
    {
        var grid = Grid(2, Years);
        var broken = grid.ToList();
        broken[1] = broken[1] with { Steps = [.. broken[1].Steps.Select((s, i) => i == 1 ? s with { MonthlyGross = 1000m } : s)] };

        Assert.True(GridRules.IsMonotone(grid));
        Assert.False(GridRules.IsMonotone(broken));
    }

    [Fact]
    public void TheJobAdRangeRunsFromTheFirstToTheLastStepWithTheAgreementNamed()
    {
        var level = Grid(1, Years)[0];

        var range = GridRules.JobAdRange(level, "1147");

        Assert.Equal((2100m, 2120m, 25200m, 25440m, "1147"), (range.MonthlyMin, range.MonthlyMax, range.AnnualMin, range.AnnualMax, range.Agreement));
    }

    [Fact]
    public void TheMarketNeedsOneFigurePerStep() =>
        Assert.Throws<ArgumentException>(() => GridRules.Build([Level(1, 1800m)], Years, [2000m]));
}
