using MedSec.Analytics.Estimation.Evaluation;
using MedSec.Data.Frames;
using MedSec.Data.Sample;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>The outside check on the bundled model: the published figures, converted as documented, beside model and sample.</summary>
[Collection(BundledModelCollection.Name)]
public sealed class OutsideCheckTests(BundledModelFixture fixture)
{
    private readonly Lazy<OutsideCheck> _check = new(() => OutsideChecks.Run(fixture.Estimator, fixture.Set, EstimationServices.Pay)!);

    private OutsideCheck Check => _check.Value;

    [Fact]
    public void NationalRowsArePcs542APercentilesConvertedToGrossAtTheDocumentedDate()
    {
        var figures = MarketFigures.LoadDefault();
        Assert.Equal(["P10", "P25", "P50", "P75", "P90"], Check.National.Select(r => r.Measure));
        foreach (var row in Check.National)
        {
            var figure = figures[row.FigureId];
            Assert.Equal($"pcs542a_net_{row.Measure.ToLowerInvariant()}", row.FigureId);
            Assert.Equal(figure.Value, row.Published);
            var gross = EstimationServices.Pay.GrossFromNet(figure.Value, Sector.Private, OutsideChecks.ConversionDate);
            Assert.Equal(Math.Round(gross, 0, MidpointRounding.AwayFromZero), row.Outside);
            Assert.Equal(row.Model - row.Outside, row.Gap);
        }
    }

    [Fact]
    public void TheSampleColumnIsTheDataFrameLayersPercentileOfThePrivateRows()
    {
        var observed = fixture.Data.Frame.Percentiles(new PercentileQuery(new ObservationFilter(Sector: Sector.Private), K: 1)).Cells[0].Values!;
        Assert.Equal(observed.Select(v => Math.Round(v, 0, MidpointRounding.AwayFromZero)), Check.National.Select(r => r.Sample));
    }

    [Fact]
    public void ModelPercentilesAreOrderedAndNearTheFiguresTheSampleIsCalibratedOn()
    {
        Assert.Equal(Check.National.Select(r => r.Model).Order(), Check.National.Select(r => r.Model));
        Assert.All(Check.National, r => Assert.InRange(r.GapPercent, -10d, 10d));
    }

    [Fact]
    public void RegionalRowsCompareMediansWithTheJobBoardMeans()
    {
        Assert.Equal(["jobboard_mean_fr", "jobboard_mean_11", "jobboard_mean_84", "jobboard_mean_27"], Check.Regional.Select(r => r.FigureId));
        Assert.Equal("France", Check.Regional[0].Measure);
        Assert.Equal("Île-de-France (11)", Check.Regional[1].Measure);
        var paris = Check.Regional[1];
        var dijon = Check.Regional[3];
        Assert.True(paris.Model > dijon.Model);
        Assert.Equal(2027m, paris.Published);
        Assert.NotEmpty(Check.Notes);
    }
}
