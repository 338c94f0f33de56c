using MedSec.Analytics.Sample;
using MedSec.Data.Sample;

namespace MedSec.Analytics.Tests.Sample;

public class SampleGeneratorTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void SameSeedGivesTheSameRowsAndAnotherSeedOthers()
    {
        var generator = sample.Generator();

        Assert.Equal(generator.Generate(7, 300), generator.Generate(7, 300));
        Assert.NotEqual(generator.Generate(7, 300), generator.Generate(8, 300));
    }

    [Fact]
    public void TargetsAreThePublishedNetPercentilesWithTheirGross()
    {
        var targets = sample.Generator().PrivateTargets();

        Assert.Equal([0.10m, 0.25m, 0.50m, 0.75m, 0.90m], targets.Select(t => t.Probability));
        Assert.Equal([1385.2m, 1628.3m, 1908.6m, 2266.4m, 2754.5m], targets.Select(t => t.Net));
        // Private employee contributions are about 20.8 % of gross (research notes §5): gross ≈ net / 0.792.
        Assert.All(targets, t => Assert.InRange(t.Gross, t.Net / 0.80m, t.Net / 0.78m));
    }

    [Fact]
    public void EveryParameterNamesItsSource()
    {
        Assert.All(sample.Parameters.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), $"line {p.Line} {p.Name}"));
        Assert.Contains(sample.Parameters.All, p => p.Source.Contains("insee.fr", StringComparison.Ordinal));
    }

    [Fact]
    public void CalibrationTableMeetsEveryBindingTarget()
    {
        var table = new SampleCalibration(sample.Services.Pay, sample.Parameters, sample.Figures)
            .Table([.. sample.Read.Observations.Rows.Select(r => r.Observation)]);

        Assert.Equal(13, table.Count);
        Assert.All(table.Where(r => r.Binding), r => Assert.True(r.Within, $"{r.Measure}: {r.Generated} outside {r.Low}–{r.High}"));
        var p50 = table.Single(r => r.Measure.StartsWith("privé P50", StringComparison.Ordinal));
        Assert.Equal(p50.Generated - p50.Target, p50.Gap);
    }

    /// <summary>The measures are shown to a reader (notebook 02, regenerate.cs): the published net of the PCS 542A P50,
    /// 1908.6 € a month in market_figures.csv, written as French writes it, with its thousands space.</summary>
    [Fact]
    public void TheTargetsNetIsWrittenAsFrenchWritesIt()
    {
        var table = new SampleCalibration(sample.Services.Pay, sample.Parameters, sample.Figures)
            .Table([.. sample.Read.Observations.Rows.Select(r => r.Observation)]);

        var p50 = table.Single(r => r.Measure.StartsWith("privé P50", StringComparison.Ordinal));
        Assert.Equal("privé P50 (net 1 908,60 €)", p50.Measure.Replace('\u202f', ' ').Replace('\u00a0', ' '));
    }

    [Fact]
    public void RangeRowGapIsZeroInsideAndTheDistanceToTheBoundOutside()
    {
        var inside = new CalibrationRow("m", 2350m, 2200m, 2500m, 2300m, false, "s") { IsPoint = false };
        var above = inside with { Generated = 2750m };

        Assert.Equal(0m, inside.Gap);
        Assert.Equal(250m, above.Gap);
        Assert.Equal(10.0m, above.GapPercent);
        Assert.False(above.Within);
    }

    [Fact]
    public void ParametersFileRefusesADuplicateKey()
    {
        var dir = Directory.CreateTempSubdirectory("medsec-sample-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(dir, SampleParameters.FileName),
                ["parameter,key,value,unit,source,note", "rows,,10,rows,src,", "rows,,20,rows,src,"]);

            var e = Assert.Throws<MedSec.Data.Reference.ReferenceDataException>(() => SampleParameters.Load(dir));

            Assert.Contains("twice", e.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
