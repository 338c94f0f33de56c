using MedSec.Analytics.Estimation;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>What one estimate says, on the bundled model: assumptions, explanation, hours, floor, warnings.</summary>
[Collection(BundledModelCollection.Name)]
public sealed class PayEstimateContentTests(BundledModelFixture fixture)
{
    private PayEstimate Estimate(PayProfile p) => fixture.Estimator.Estimate(p);

    [Fact]
    public void OmittedOptionsAreFilledInWithTheMostFrequentValueAndListed()
    {
        var e = Estimate(new PayProfile(Sector.Remote, new Region("84"), 4m));
        Assert.Equal("telesecretariat", e.Assumed["employer"]);
        Assert.Equal(e.Profile.SizeCode, e.Assumed["size"]);
        Assert.Equal("35", e.Assumed["weeklyHours"]);
        Assert.Equal("2026-03-02", e.Assumed["date"]);
        Assert.False(e.Assumed.ContainsKey("region"));
    }

    [Fact]
    public void ExplanationSpeaksInWordsAndEurosLargestFirst()
    {
        var e = Estimate(new PayProfile(Sector.Private, new Region("11"), 12m, Specialty.Cardiology, EmployerType.Clinique, Date: new DateOnly(2023, 10, 1)));
        Assert.NotEmpty(e.Explanation);
        Assert.Equal(e.Explanation.OrderByDescending(x => Math.Abs(x.Effect)), e.Explanation);
        var region = Assert.Single(e.Explanation, x => x.Feature == "region");
        Assert.True(region.Effect > 0m);
        Assert.Matches(@"^Île-de-France : \+\d[\d\s]*\s€$", region.Text);
        var experience = Assert.Single(e.Explanation, x => x.Feature == "experience");
        Assert.True(experience.Effect > 0m);
        Assert.StartsWith("12 ans d'expérience : +", experience.Text);
    }

    [Fact]
    public void PartTimeFiguresAreTheFullTimeOnesProratedAndFloored()
    {
        var e = Estimate(new PayProfile(Sector.Private, new Region("84"), 6m, Employer: EmployerType.Cabinet, WeeklyHours: 24m, Date: new DateOnly(2023, 10, 1)));
        Assert.Equal(24m, e.AtHours.WeeklyHours);
        Assert.Equal(Math.Round(e.Median * 24m / 35m, 2, MidpointRounding.AwayFromZero), e.AtHours.Median);
        Assert.Equal(Math.Round(e.Floor * 24m / 35m, 2, MidpointRounding.AwayFromZero), e.AtHours.Floor);
    }

    [Fact]
    public void CabinetFloorChecksTheIdcc1147MinimumAndReportsTheStaleGrid()
    {
        var e = Estimate(new PayProfile(Sector.Private, new Region("53"), 2m, Employer: EmployerType.Cabinet, Date: new DateOnly(2026, 3, 2)));
        Assert.Equal("1147", e.FloorDetail.Agreement);
        Assert.Equal("smic", e.FloorDetail.Binding);
        Assert.Equal(EstimationServices.Pay.SmicMonthly(new DateOnly(2026, 3, 2), SmicTerritory.Metropole), e.Floor);
        Assert.Contains(e.Warnings, w => w.Contains("1147", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicAndFreelanceProfilesAreHeldToTheSmicAlone()
    {
        var date = new DateOnly(2024, 5, 1);
        var smic = EstimationServices.Pay.SmicMonthly(date, SmicTerritory.Metropole);
        var hospital = Estimate(new PayProfile(Sector.Public, new Region("32"), 8m, Date: date));
        var freelance = Estimate(new PayProfile(Sector.Remote, new Region("32"), 8m, Contract: ContractType.Freelance, Date: date));
        Assert.Null(hospital.FloorDetail.Agreement);
        Assert.Null(freelance.FloorDetail.Agreement);
        Assert.Equal(smic, hospital.Floor);
        Assert.Equal(smic, freelance.Floor);
    }

    [Fact]
    public void SyntheticDataAndStaleMarketAreSaid()
    {
        var e = Estimate(new PayProfile(Sector.Private, new Region("11"), 5m));
        Assert.True(e.Synthetic);
        Assert.Contains(e.Warnings, w => w.Contains("synthétiques", StringComparison.Ordinal));
        Assert.Contains(e.Warnings, w => w.Contains("2023-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public void NCountsTheObservationsOfTheProfilesCell()
    {
        var e = Estimate(new PayProfile(Sector.Private, new Region("11"), 6m, Employer: EmployerType.Clinique));
        var expected = fixture.Set.Rows.Count(r => r.Sector == Sector.Private && r.Region.Code == "11"
            && r.Employer == EmployerType.Clinique && r.ExperienceYears is >= 5m and < 10m);
        Assert.Equal(expected, e.N);
        Assert.True(e.N > 0);
    }

    [Fact]
    public void ConcurrentEstimatesEqualSequentialOnes()
    {
        var profiles = Enumerable.Range(0, 64).Select(i => new PayProfile(
            (Sector)(i % 3), new Region(CodeBook.RegionNames.Keys.ElementAt(i % 13)), i % 30, Date: new DateOnly(2024, 1, 1))).ToList();
        var sequential = profiles.Select(p => fixture.Estimator.Estimate(p)).Select(e => (e.Median, e.P10, e.P90, e.Explanation.Count)).ToList();
        var parallel = new (decimal, decimal, decimal, int)[profiles.Count];
        Parallel.For(0, profiles.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var e = fixture.Estimator.Estimate(profiles[i]);
            parallel[i] = (e.Median, e.P10, e.P90, e.Explanation.Count);
        });
        Assert.Equal(sequential, parallel);
    }
}
