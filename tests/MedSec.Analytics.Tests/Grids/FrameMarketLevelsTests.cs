using MedSec.Analytics.Grids;
using MedSec.Analytics.Market;
using MedSec.Analytics.Tests.Estimation;
using MedSec.Data.Frames;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Analytics.Tests.Grids;

/// <summary>Market levels over a seeded synthetic market (not the bundled sample), checked against the DataFrame layer.</summary>
public class FrameMarketLevelsTests
{
    private static readonly MarketData Data = MarketData.From(new SyntheticMarket(seed: 11).Rows(4000));

    private static readonly FrameMarketLevels Levels = new(() => Data);

    [Fact]
    public void TheRegionAndEmployerCellAnswersWithTheFramesPercentileAndQuartiles()
    {
        var level = Levels.Level(new MarketLevelQuery(new Region("84"), EmployerType.Cabinet, 2, 5, 60m, 5));

        var filter = new ObservationFilter(Region: new Region("84"), Employer: EmployerType.Cabinet, MinExperience: 2m, MaxExperience: 4.9999m);
        var expected = Data.Frame.Percentiles(new PercentileQuery(filter, [], [0.60m, 0.25m, 0.75m])).Cells.Single();
        Assert.Equal(MarketLevel.RegionEmployer, level.Scope);
        Assert.Equal(expected.N, level.N);
        Assert.Equal((expected.Values![0], expected.Values[1], expected.Values[2]), (level.Value!.Value, level.P25!.Value, level.P75!.Value));
        Assert.True(level.P25 <= level.Value && level.Value <= level.P75);
        Assert.True(level.Synthetic);
    }

    [Fact]
    public void ARegionWithoutObservationsFallsBackToTheEmployerTypeNationwide()
    {
        // The seeded market has no row in Corse (94).
        var level = Levels.Level(new MarketLevelQuery(new Region("94"), EmployerType.Telesecretariat, 0, 2, 50m, 5));

        var nationwide = Data.Frame.Percentiles(new PercentileQuery(
            new ObservationFilter(Employer: EmployerType.Telesecretariat, MinExperience: 0m, MaxExperience: 1.9999m), [], [0.5m])).Cells.Single();
        Assert.Equal(MarketLevel.EmployerOnly, level.Scope);
        Assert.Equal((nationwide.N, nationwide.Values![0]), (level.N, level.Value!.Value));
    }

    [Fact]
    public void ARegionWithoutThatEmployerFallsBackToTheRegionAsAWhole()
    {
        // Seeded market: télésecrétariat rows are rare (remote × 12 régions); keep a région with some rows but none of that employer and experience.
        var region = new[] { "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93" }.Select(r => new Region(r)).First(r =>
            Data.Frame.Percentiles(new PercentileQuery(new ObservationFilter(Region: r, Employer: EmployerType.Telesecretariat,
                MinExperience: 29m, MaxExperience: 30m), [], [0.5m], 1)).Cells.Sum(c => c.N) < 5);

        var level = Levels.Level(new MarketLevelQuery(region, EmployerType.Telesecretariat, 29, 31, 50m, 5));

        Assert.Equal(MarketLevel.RegionOnly, level.Scope);
        Assert.True(level.N >= 5);
    }

    [Fact]
    public void WithoutEnoughObservationsAnywhereThereIsNoFigure()
    {
        var empty = new FrameMarketLevels(() => MarketData.From(new SyntheticMarket(seed: 3).Rows(3)));

        var level = empty.Level(new MarketLevelQuery(new Region("11"), EmployerType.Cabinet, 0, null, 50m, 5));

        Assert.Equal((MarketLevel.None, (decimal?)null), (level.Scope, level.Value));
    }

    [Fact]
    public void AHigherPercentileIsNeverLower()
    {
        var p40 = Levels.Level(new MarketLevelQuery(new Region("11"), EmployerType.Clinique, 5, 10, 40m, 5)).Value;
        var p60 = Levels.Level(new MarketLevelQuery(new Region("11"), EmployerType.Clinique, 5, 10, 60m, 5)).Value;

        Assert.True(p60 >= p40);
    }

    [Fact]
    public void TheSyntheticObservationsOfTheCellAreCountedHoweverFew()
    {
        // Three rows in four made real (as an import would bring them), every fourth left synthetic.
        var mixed = new SyntheticMarket(seed: 11).Rows(4000)
            .Select((r, i) => i % 4 == 0 ? r : r with { Observation = r.Observation with { Synthetic = false } }).ToList();
        var levels = new FrameMarketLevels(() => MarketData.From(mixed));

        var level = levels.Level(new MarketLevelQuery(new Region("84"), EmployerType.Cabinet, 2, 5, 60m, 5));

        // The cell counted over the rows themselves, not through the DataFrame.
        var cell = mixed.Select(r => r.Observation)
            .Where(o => o.Region == new Region("84") && o.Employer == EmployerType.Cabinet && o.ExperienceYears is >= 2m and < 5m).ToList();
        Assert.Equal(MarketLevel.RegionEmployer, level.Scope);
        Assert.Equal(cell.Count, level.N);
        Assert.Equal(cell.Count(o => o.Synthetic), level.SyntheticN);
        Assert.InRange(level.SyntheticN, 1, level.N / 2 - 1); // a minority, which was once not labelled at all
        Assert.True(level.Synthetic);
    }
}
