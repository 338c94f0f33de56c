using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using MedSec.Analytics.Careers;
using MedSec.Analytics.Estimation;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Analytics.Tests.Careers.CareerTestServices;

namespace MedSec.Analytics.Tests.Careers;

/// <summary>The pay estimator behind the career paths' market-pay seam.</summary>
public class EstimatorMarketPayTests
{
    private static readonly Gen<MarketProfile> Profiles =
        from sector in Gen.Elements(Sector.Private, Sector.Remote)
        from region in Gen.Elements(CodeBook.RegionNames.Keys.ToArray())
        from experience in Gen.Choose(0, 40)
        from specialty in Gen.Elements(Enum.GetValues<Specialty>())
        from employer in Gen.Elements<EmployerType?>(null, EmployerType.Cabinet, EmployerType.Clinique, EmployerType.CentreSante)
        from days in Gen.Choose(0, 3 * 365)
        select new MarketProfile(sector, new Region(region), experience, specialty,
            sector == Sector.Remote ? EmployerType.Telesecretariat : employer, null, D("2026-01-01").AddDays(days));

    [Property(MaxTest = 40)]
    public Property ItIsTheEstimatesMedianNeverBelowItsFloor() =>
        Prop.ForAll(Profiles.ToArbitrary(), profile =>
        {
            var estimate = Services.Estimator.Estimate(new PayProfile(
                profile.Sector, profile.Region, profile.ExperienceYears, profile.Specialty, profile.Employer, Date: profile.Date));
            var gross = PathService.MarketPay.MonthlyGross(profile);
            return gross == Math.Max(estimate.Median, estimate.Floor)
                && gross >= estimate.Floor
                && gross >= Services.Pay.SmicMonthly(profile.Date, SmicTerritories.Of(profile.Region));
        });

    [Fact]
    public void ItSaysThatTheEstimatorLearntFromSyntheticObservations()
    {
        var market = new EstimatorMarketPay(Services.Estimator);

        Assert.False(market.IsProvisional);
        Assert.Contains("synthétiques", Assert.Single(market.Caveats));
        Assert.StartsWith("pay-estimator", market.Name);
    }
}
