using MedSec.Analytics.Estimation;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>
/// An explanation speaks of the median the estimate shows (docs/MODEL.md, step 8): "5 ans d'expérience : +362 €" is the
/// estimate's median minus the median the same profile gets with no experience, and "Île-de-France : +261 €" its median
/// minus the average of the medians over the sector's régions, weighted by how many of the sector's observations each
/// holds. Both are checked against estimates asked one by one, with the weights recounted from the rows. Once the effects
/// came from the model's raw median, before the calibration the shown median has (P50 = exp(ln m + σ · q(0.50))):
/// private effects were some 20 € too high, public ones up to 40 € too low.
/// </summary>
[Collection(BundledModelCollection.Name)]
public sealed class ExplanationConsistencyTests(BundledModelFixture fixture)
{
    /// <summary>The floor of 2020 (1 539,42 €) is below every median here: the estimates compared are the model's own.</summary>
    private static readonly DateOnly Date = new(2020, 6, 1);

    public static TheoryData<string, string, string, decimal> Profiles() => new()
    {
        { "private", "84", "cabinet", 15m },
        { "private", "11", "clinique", 8m },
        { "private", "32", "centre-sante", 25m },
        { "public", "84", "hopital", 25m },
        { "public", "53", "hopital", 8m },
        { "remote", "76", "telesecretariat", 12m },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void TheExperienceEffectIsTheMedianMinusTheBeginnersMedian(string sector, string region, string employer, decimal years)
    {
        var asked = Profile(sector, region, employer, years);
        var estimate = fixture.Estimator.Estimate(asked);
        var beginner = fixture.Estimator.Estimate(asked with { ExperienceYears = 0m }, explain: false);

        var effect = Assert.Single(estimate.Explanation, e => e.Feature == "experience").Effect;

        Assert.InRange(effect - (estimate.Median - beginner.Median), -1m, 1m);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void TheRegionEffectIsTheMedianMinusTheSectorsRegionalAverage(string sector, string region, string employer, decimal years) =>
        RegionEffectIsTheMedianMinusTheRegionalAverage(Profile(sector, region, employer, years));

    /// <summary>An unknown experience (an observation's, in evaluation) is explained through the engine, not the trees.</summary>
    [Fact]
    public void TheRegionEffectOfAProfileOfUnknownExperienceIsTheMedianMinusTheRegionalAverage() =>
        RegionEffectIsTheMedianMinusTheRegionalAverage(Profile("private", "11", "clinique", 0m) with { ExperienceYears = null });

    [Fact]
    public void TheCompiledTreesGiveTheEnginesSpread()
    {
        Assert.True(fixture.Model.IsCompiled);
        foreach (var row in fixture.Split.Test.Take(1000).Select(i => fixture.Set.Rows[i]))
            Assert.Equal(fixture.Model.Predict(row).Spread, fixture.Model.ExplanationSpread(row), 5);
    }

    private void RegionEffectIsTheMedianMinusTheRegionalAverage(PayProfile asked)
    {
        var estimate = fixture.Estimator.Estimate(asked);
        var rows = fixture.Set.Rows.Where(r => r.Sector == asked.Sector).ToList();
        var average = rows.GroupBy(r => r.Region.Code)
            .Sum(g => g.Count() / (decimal)rows.Count * fixture.Estimator.Estimate(asked with { Region = new Region(g.Key) }, explain: false).Median);

        var effect = estimate.Explanation.SingleOrDefault(e => e.Feature == "region")?.Effect;

        // An effect under 1 € or below the five largest is left out; every profile here has its région among them.
        Assert.NotNull(effect);
        Assert.InRange(effect.Value - (estimate.Median - average), -1m, 1m);
    }

    private static PayProfile Profile(string sector, string region, string employer, decimal years)
    {
        CodeBook.Sectors.TryParse(sector, out var s);
        CodeBook.Employers.TryParse(employer, out var e);
        var size = s == Sector.Private ? SizeBand.From1To9 : SizeBand.From250;
        return new PayProfile(s, new Region(region), years, Specialty.General, e, size, ContractType.Cdi, Date: Date);
    }
}
