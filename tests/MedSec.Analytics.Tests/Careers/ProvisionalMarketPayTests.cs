using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Analytics.Careers;
using MedSec.Domain.Codes;
using static MedSec.Analytics.Tests.Careers.CareerTestServices;

namespace MedSec.Analytics.Tests.Careers;

/// <summary>The provisional market rule that stands in for the pay estimator.</summary>
public class ProvisionalMarketPayTests
{
    private static readonly ProvisionalMarketPay Rule = new(Services.Pay, Catalog);

    private static MarketProfile Profile(int experience, DateOnly date) =>
        new(Sector.Private, Auvergne, experience, Specialty.General, null, null, date);

    [Fact]
    public void AtEntryItIsTheGrossOfTheP25Net()
    {
        var date = D("2027-01-01");

        Assert.Equal(Services.Pay.GrossFromNet(Catalog.Parameter("provisional-net-entry"), Sector.Private, date), Rule.MonthlyGross(Profile(0, date)));
        Assert.Equal(Services.Pay.GrossFromNet(Catalog.Parameter("provisional-net-experienced"), Sector.Private, date), Rule.MonthlyGross(Profile(45, date)));
        Assert.True(Rule.IsProvisional);
    }

    [Property]
    public Property ItNeverFallsBelowTheSmicNorDropsWithExperience() =>
        Prop.ForAll(
            (from experience in Gen.Choose(0, 49)
             from days in Gen.Choose(0, 3000)
             select (experience, date: D("2024-01-01").AddDays(days))).ToArbitrary(),
            x => Rule.MonthlyGross(Profile(x.experience, x.date)) >= Services.Pay.SmicMonthly(x.date)
                && Rule.MonthlyGross(Profile(x.experience + 1, x.date)) >= Rule.MonthlyGross(Profile(x.experience, x.date)));
}
