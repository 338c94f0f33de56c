using MedSec.Analytics;
using MedSec.Data.Geography;
using MedSec.Web.Compare;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Compare;

public sealed class PayComparerTests
{
    private static readonly MedSecServices Services = MedSecServices.LoadDefault();
    private static readonly DateOnly June2024 = new(2024, 6, 1);

    private readonly StubEstimator _estimator = new();

    private PayComparer Comparer() => new(_estimator, Services.Pay, FrenchGeography.LoadDefault());

    [Fact]
    public void EstimatesTheThreeSectorsForTheSameProfile()
    {
        var result = Comparer().Compare(new CompareRequest { Region = "84", Experience = 4, Specialty = "cardiology", WeeklyHours = 28 }, June2024);

        Assert.Equal([Sector.Public, Sector.Private, Sector.Remote], result.Sectors.Select(s => s.Sector));
        Assert.All(_estimator.Asked, p =>
        {
            Assert.Equal("84", p.Region.Code);
            Assert.Equal(4m, p.ExperienceYears);
            Assert.Equal(Specialty.Cardiology, p.Specialty);
            Assert.Equal(28m, p.WeeklyHours);
            Assert.Equal(June2024, p.Date);
        });
        Assert.DoesNotContain(result.Sectors, s => s.Asked);
    }

    [Fact]
    public void NetComesFromThePayServiceAndAnnualIsTwelveMonths()
    {
        var result = Comparer().Compare(new CompareRequest { Region = "84", Experience = 4, Sector = "private" }, June2024);
        var privateColumn = result.Sectors.Single(s => s.Sector == Sector.Private);

        Assert.True(privateColumn.Asked);
        Assert.Equal(2000m, privateColumn.GrossFullTime.Median);
        // 2 000 € private in 2024: contributions 7.30 % + 4.01 % of gross and CSG/CRDS 9.7 % of 98.25 % (see PayApiTests).
        Assert.Equal(1583.19m, privateColumn.NetFullTime.Median);
        Assert.Equal(24000m, privateColumn.GrossFullTime.Annual.Median);
        Assert.Equal(1583.19m * 12, privateColumn.NetFullTime.Annual.Median);
    }

    [Fact]
    public void TheEmployerGoesOnlyToTheSectorWhoseDataHoldIt()
    {
        Comparer().Compare(new CompareRequest { Region = "84", Experience = 4, Employer = "clinique" }, June2024);

        Assert.Equal(EmployerType.Clinique, _estimator.Asked.Single(p => p.Sector == Sector.Private).Employer);
        Assert.Null(_estimator.Asked.Single(p => p.Sector == Sector.Public).Employer);
        Assert.Null(_estimator.Asked.Single(p => p.Sector == Sector.Remote).Employer);
    }

    [Fact]
    public void APostcodeGivesItsRegion()
    {
        var result = Comparer().Compare(new CompareRequest { Region = "11", Postcode = "69003", Experience = 2 }, June2024);

        Assert.Equal("84", result.Place.RegionCode); // Lyon, Rhône (69) → Auvergne-Rhône-Alpes
        Assert.All(_estimator.Asked, p => Assert.Equal("84", p.Region.Code));
    }

    [Theory]
    [InlineData("00000")]
    [InlineData("abcde")]
    public void AnUnknownPostcodeIsRefused(string postcode) =>
        Assert.Throws<MedSecInputException>(() => Comparer().Compare(new CompareRequest { Postcode = postcode, Experience = 2 }, June2024));

    [Fact]
    public void ExperienceAndHoursOutOfRangeAreRefused()
    {
        Assert.Throws<MedSecInputException>(() => Comparer().Compare(new CompareRequest { Region = "84", Experience = 51 }, June2024));
        Assert.Throws<MedSecInputException>(() => Comparer().Compare(new CompareRequest { Region = "84", Experience = 3, WeeklyHours = 0 }, June2024));
    }

    [Fact]
    public void ThePublicEquivalentIsTheEchelonReachedAfterTheSeniority()
    {
        var result = Comparer().Compare(new CompareRequest { Region = "84", Experience = 4.5m }, June2024);

        // AMA-CN échelons 1–4 last 12 months each (grid of 2024-01-01): after 4 years, échelon 5 (IM 377).
        var grid = result.PublicGrid!;
        Assert.Equal("AMA-CN", grid.Grade);
        Assert.Equal(5, grid.Echelon);
        Assert.Equal(377, grid.Pay.IndexPoints);
        // 377 × 5 907,34 / 1 200 = 1 855,89 ; CTI 49 × 5 907,34 / 1 200 = 241,22 ; zone 3: no residence allowance.
        Assert.Equal(1855.89m + 241.22m, grid.Pay.TotalMonthlyGross);
    }
}
