using MedSec.Analytics.Estimation;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

public sealed class PayEstimatorTests(SyntheticModelFixture fixture) : IClassFixture<SyntheticModelFixture>
{
    private static PayProfile Private(string region, decimal experience = 5m) =>
        new(Sector.Private, new Region(region), experience, Specialty.Cardiology, EmployerType.Clinique);

    [Fact]
    public void PercentilesAreOrderedAndAtLeastTheFloor()
    {
        var e = fixture.Estimator.Estimate(Private("11"));
        Assert.True(e.P10 <= e.P25 && e.P25 <= e.Median && e.Median <= e.P75 && e.P75 <= e.P90, $"{e.P10} {e.P25} {e.Median} {e.P75} {e.P90}");
        Assert.True(e.P10 >= e.Floor);
        Assert.True(e.P10 < e.P90);
    }

    [Fact]
    public void IleDeFranceMedianIsAboveBourgogneFrancheComte()
    {
        var paris = fixture.Estimator.Estimate(Private("11"));
        var dijon = fixture.Estimator.Estimate(Private("27"));
        Assert.True(paris.Median > dijon.Median * 1.08m, $"{paris.Median} vs {dijon.Median}");
    }

    [Fact]
    public void ExplanationNamesTheRegionInWords()
    {
        var e = fixture.Estimator.Estimate(Private("11", 10m));
        var region = Assert.Single(e.Explanation, x => x.Feature == "region");
        Assert.StartsWith("Île-de-France : +", region.Text);
        Assert.True(region.Effect > 100m, region.Text);
        var experience = Assert.Single(e.Explanation, x => x.Feature == "experience");
        Assert.StartsWith("10 ans d'expérience : +", experience.Text);
    }
}
