using MedSec.Analytics.Market;
using MedSec.Analytics.Tests.Estimation;
using MedSec.Data.Frames;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Market;

public sealed class MarketStatisticsTests
{
    private static readonly MarketStatistics Statistics = new(MarketData.From(new SyntheticMarket(seed: 3).Rows(600)));

    [Fact]
    public void OneCellWithoutGroupingHoldsEveryRowAndOrderedPercentiles()
    {
        var summary = Statistics.Summarize(new MarketQuery());
        var cell = Assert.Single(summary.Cells);
        Assert.Equal(600, summary.N);
        Assert.Equal(600, cell.N);
        Assert.False(cell.Suppressed);
        Assert.True(cell.P10 <= cell.P25 && cell.P25 <= cell.Median && cell.Median <= cell.P75 && cell.P75 <= cell.P90);
        Assert.Equal(1d, summary.SyntheticShare);
    }

    [Fact]
    public void FiguresAreTheDataFrameLayersType7Percentiles()
    {
        var filter = new ObservationFilter(Sector: Sector.Private, Region: new Region("11"));
        var cell = Statistics.Summarize(new MarketQuery(filter)).Cells.Single();
        var expected = Statistics.Data.Frame.Percentiles(new PercentileQuery(filter)).Cells.Single();
        Assert.Equal(expected.N, cell.N);
        Assert.Equal(expected.Values![2], cell.Median);
    }

    [Fact]
    public void CellsUnderKAreListedWithTheirNButNoFigure()
    {
        var summary = Statistics.Summarize(new MarketQuery(new ObservationFilter(Sector: Sector.Remote),
            [FrameDimension.Region, FrameDimension.Specialty]));
        Assert.Contains(summary.Cells, c => c.Suppressed);
        Assert.All(summary.Cells.Where(c => c.N < 5), c => Assert.True(c.Suppressed && c.Median is null && c.P10 is null));
        Assert.All(summary.Cells.Where(c => c.N >= 5), c => Assert.False(c.Suppressed));
        Assert.Equal(summary.Cells.Count(c => c.Suppressed), summary.SuppressedCells);
        Assert.Equal(summary.N, summary.Cells.Sum(c => c.N));
        Assert.Equal(["region", "specialty"], summary.GroupBy);
        Assert.All(summary.Cells, c => Assert.Equal(["region", "specialty"], c.Key.Keys));
    }

    [Fact]
    public void KCannotBeLoweredBelowTheAnonymityThreshold()
    {
        var summary = Statistics.Summarize(new MarketQuery(GroupBy: [FrameDimension.Region, FrameDimension.Specialty], K: 1));
        Assert.Equal(PercentileQuery.DefaultK, summary.K);
        Assert.Throws<MedSecInputException>(() => MarketRequestParser.Query(k: "2"));
    }

    [Fact]
    public void TheParserBuildsFiltersAndGroupingsFromTheApiStrings()
    {
        var query = MarketRequestParser.Query(sector: "private", region: "84", employer: "clinique", minExperience: "2",
            maxExperience: "10", groupBy: "region, experience", k: "10");
        Assert.Equal(Sector.Private, query.Filter!.Sector);
        Assert.Equal(new Region("84"), query.Filter.Region);
        Assert.Equal(EmployerType.Clinique, query.Filter.Employer);
        Assert.Equal((2m, 10m), (query.Filter.MinExperience!.Value, query.Filter.MaxExperience!.Value));
        Assert.Equal([FrameDimension.Region, FrameDimension.ExperienceBand], query.GroupBy);
        Assert.Equal(10, query.K);
        var e = Assert.Throws<MedSecInputException>(() => MarketRequestParser.Query(groupBy: "colour"));
        Assert.Equal(InputErrorKind.UnknownCode, e.Kind);
    }

    [Fact]
    public void TheServicesReadTheBundledSampleAndReadItAgainAfterAReload()
    {
        var home = Path.Combine(Path.GetTempPath(), "medsec-market", Guid.NewGuid().ToString("N"));
        var services = new MedSecServices(EstimationServices.Services.Reference)
        {
            EstimationSettings = new MedSec.Analytics.Estimation.EstimationSettings(home, MarketData.DefaultSampleFile(),
                Path.Combine(home, "none.db"), MedSec.Analytics.Estimation.Model.TrainingOptions.Default),
        };
        var first = services.Market;
        Assert.Equal(20_000, first.Data.Count);
        Assert.Same(first, services.Market);
        services.ReloadMarketData();
        Assert.NotSame(first, services.Market);
        var byRegion = services.Market.Summarize(MarketRequestParser.Query(sector: "private", groupBy: "region"));
        Assert.Equal(1d, byRegion.SyntheticShare);
        Assert.True(byRegion.Cells.Single(c => c.Key["region"] == "11").Median > byRegion.Cells.Single(c => c.Key["region"] == "27").Median);
    }
}
