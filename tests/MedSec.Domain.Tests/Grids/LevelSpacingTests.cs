using MedSec.Domain.Grids;

namespace MedSec.Domain.Tests.Grids;

public class LevelSpacingTests
{
    [Fact]
    public void TheHierarchyOfIdcc1147PositionsFiveToNineIsAbout4Point4PercentALevel()
    {
        // RESEARCH.md 2.1, avenant 90 (2024-01-01): 1 815,79 € (5) … 2 159,91 € (9); (2159.91 / 1815.79)^(1/4) − 1 = 0.04434.
        var gap = LevelSpacing.FromMinima([1815.79m, 1889.38m, 1966.21m, 2050.62m, 2159.91m]);

        Assert.Equal(0.0443m, gap);
    }

    [Theory]
    [InlineData(new double[] { 1991.67 })]
    [InlineData(new double[] { 1900, 1900 })]
    [InlineData(new double[] { 2000, 1900 })]
    public void NoHierarchyWithoutTwoRisingMinima(double[] minima) =>
        Assert.Null(LevelSpacing.FromMinima([.. minima.Select(m => (decimal)m)]));

    [Fact]
    public void TheMiddleLevelSitsOnTheMarketAndTheOthersSpreadGeometrically()
    {
        var multipliers = Enumerable.Range(1, 5).Select(l => LevelSpacing.Multiplier(l, 5, 0.04m)).ToList();

        Assert.Equal([0.924556m, 0.961538m, 1m, 1.04m, 1.0816m], multipliers);
    }

    [Fact]
    public void WithAnEvenNumberOfLevelsTheMarketIsBetweenTheTwoMiddleOnes()
    {
        var lower = LevelSpacing.Multiplier(2, 4, 0.04m);
        var upper = LevelSpacing.Multiplier(3, 4, 0.04m);

        Assert.Equal(0.980581m, lower);
        Assert.Equal(1.019804m, upper);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(0.51)]
    public void AGapOutsideZeroToFiftyPercentIsRefused(double gap) =>
        Assert.Throws<MedSecInputException>(() => LevelSpacing.Multiplier(1, 3, (decimal)gap));
}
