using MedSec.Analytics.Estimation.Evaluation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Data.Frames;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

public sealed class GroupMedianBaselineTests
{
    private static ModelRow Row(Sector sector, string region, decimal? years, decimal gross) =>
        new(sector, null, null, new Region(region), null, null, years, gross, new DateOnly(2024, 3, 1), true);

    [Fact]
    public void PredictsTheType7MedianOfTheRowsCell()
    {
        var baseline = GroupMedianBaseline.Fit([
            Row(Sector.Private, "11", 3m, 2000m), Row(Sector.Private, "11", 4m, 2100m), Row(Sector.Private, "11", 2m, 2500m),
            Row(Sector.Private, "11", 2.5m, 2600m), Row(Sector.Private, "84", 3m, 1000m)]);
        Assert.Equal(Percentiles.Type7([2000m, 2100m, 2500m, 2600m], 0.5m), baseline.Predict(Row(Sector.Private, "11", 3.5m, 0m)));
    }

    [Fact]
    public void FallsBackToSectorAndExperienceThenSectorThenAll()
    {
        var baseline = GroupMedianBaseline.Fit([
            Row(Sector.Private, "11", 3m, 2000m), Row(Sector.Private, "84", 3m, 1800m), Row(Sector.Private, "84", 12m, 3000m),
            Row(Sector.Public, "84", 12m, 2400m)]);
        Assert.Equal(1900m, baseline.Predict(Row(Sector.Private, "53", 4m, 0m)));
        Assert.Equal(2000m, baseline.Predict(Row(Sector.Private, "53", 25m, 0m)));
        Assert.Equal(2200m, baseline.Predict(Row(Sector.Remote, "53", 25m, 0m)));
    }

    [Fact]
    public void ExperienceBandsAreNamedAsTheDataFrameLayerNamesThem()
    {
        decimal?[] years = [null, 0m, 1.9m, 2m, 4.99m, 5m, 9.9m, 10m, 19.9m, 20m, 45m];
        foreach (var y in years)
        {
            var frame = ObservationFrame.From([Row(Sector.Private, "11", y, 2000m).ToObservation()]);
            var cell = frame.Percentiles(new PercentileQuery(GroupBy: [FrameDimension.ExperienceBand], K: 1)).Cells.Single();
            Assert.Equal(cell.Key[0], ExperienceBands.Label(y));
        }
    }
}
