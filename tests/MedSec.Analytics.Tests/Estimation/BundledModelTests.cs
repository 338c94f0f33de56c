using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>The "done means" on the bundled sample with the default (fixed-seed) options.</summary>
[Collection(BundledModelCollection.Name)]
public sealed class BundledModelTests(BundledModelFixture fixture)
{
    [Fact]
    public void TheSampleHasTheThreeSectorsAndTheModelLearntFromAllRows()
    {
        Assert.Equal(20_000, fixture.Set.Count);
        Assert.Equal(fixture.Set.Count, fixture.Split.Train.Count + fixture.Split.Calibration.Count + fixture.Split.Test.Count);
        Assert.Equal(1d, fixture.Model.Metadata.SyntheticShare);
        Assert.Equal(["private", "public", "remote"], fixture.Metrics.Coverage80BySector.Keys.Order());
    }

    [Fact]
    public void ModelMaeIsBelowTheGroupMedianBaseline()
    {
        var m = fixture.Metrics;
        Assert.True(m.MaeModel < m.MaeBaseline, $"model {m.MaeModel} € vs baseline {m.MaeBaseline} €");
    }

    [Fact]
    public void Coverage80IsBetween75And85PercentOverallAndInEachSector()
    {
        var m = fixture.Metrics;
        Assert.InRange(m.Coverage80, 0.75, 0.85);
        foreach (var (sector, coverage) in m.Coverage80BySector)
            Assert.True(coverage is >= 0.75 and <= 0.85, $"{sector}: {coverage}");
    }

    [Fact]
    public void TheSameSeedGivesTheSameModel()
    {
        var again = PayModelTrainer.Train(fixture.Set, fixture.Split, TrainingOptions.Default);
        Assert.Equal(fixture.Model.Metadata.Calibration.Scores.Keys.Order(), again.Metadata.Calibration.Scores.Keys.Order());
        foreach (var (sector, scores) in fixture.Model.Metadata.Calibration.Scores)
            Assert.Equal(scores, again.Metadata.Calibration.Scores[sector]);
        Assert.Equal(Predictions(fixture.Model), Predictions(again));
    }

    [Fact]
    public void AnotherSeedGivesAnotherModel()
    {
        var options = TrainingOptions.Default with { Seed = TrainingOptions.Default.Seed + 1 };
        var other = PayModelTrainer.Train(fixture.Set, fixture.Set.Split(options), options);
        Assert.NotEqual(Predictions(fixture.Model), Predictions(other));
    }

    [Fact]
    public void IntervalsAreWiderWhereTheProfilesCellHasFewObservations()
    {
        foreach (var sector in Enum.GetValues<Sector>())
        {
            var widths = Profiles(sector).Select(p => fixture.Estimator.Estimate(p, explain: false))
                .Select(e => (e.N, Width: Math.Log((double)e.P90 / (double)e.P10))).ToList();
            var sparse = widths.Where(w => w.N < 5).Average(w => w.Width);
            var dense = widths.Where(w => w.N >= 30).Average(w => w.Width);
            Assert.True(sparse > dense, $"{sector}: sparse {sparse:0.000} vs dense {dense:0.000}");
        }
    }

    [Fact]
    public void ClinicCardiologyPaysMoreInIleDeFranceThanInBourgogneFrancheComte()
    {
        PayProfile At(string region) => new(Sector.Private, new Region(region), 5m, Specialty.Cardiology, EmployerType.Clinique);
        Assert.True(fixture.Estimator.Estimate(At("11")).Median > fixture.Estimator.Estimate(At("27")).Median);
    }

    [Fact]
    public void TheCompiledTreesOfTheExplanationsGiveTheEnginesMedian()
    {
        Assert.True(fixture.Model.IsCompiled);
        var test = fixture.Split.Test.Select(i => fixture.Set.Rows[i]).ToList();
        var rows = test.Concat(test.Take(500).Select(r => r with { Employer = null, Specialty = null, ExperienceYears = r.ExperienceYears + 0.25m }))
            .Concat(test.Take(100).Select(r => r with { ExperienceYears = null }));
        foreach (var row in rows)
            Assert.Equal(fixture.Model.Predict(row).LogMedian, fixture.Model.ExplanationLogMedian(row), 5);
    }

    private List<double> Predictions(PayModel model)
    {
        var rows = fixture.Split.Test.Take(300).Select(i => fixture.Set.Rows[i]).ToList();
        return [.. rows.SelectMany(r =>
        {
            var (logMedian, spread) = model.Predict(r);
            return new[] { logMedian, spread };
        })];
    }

    private static IEnumerable<PayProfile> Profiles(Sector sector) =>
        from region in CodeBook.RegionNames.Keys
        from employer in Enum.GetValues<EmployerType>()
        from years in new[] { 1m, 3m, 7m, 15m, 25m }
        select new PayProfile(sector, new Region(region), years, Specialty.General, employer, Date: new DateOnly(2023, 9, 1));
}
