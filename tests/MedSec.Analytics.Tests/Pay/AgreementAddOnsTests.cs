using MedSec.Analytics.Pay;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Analytics.Tests.Pay.RealReference;

namespace MedSec.Analytics.Tests.Pay;

/// <summary>IDCC 2264's ECR on the RMAN of niveau 6 (agreement_addons.csv, avenant n° 33), over the bundled reference data.</summary>
public class AgreementAddOnsTests
{
    [Theory]
    // expérience 0 / 0,75 (2) / 1,75 (5) / 3 (10) / 4,75 (15) … 8 (35); ancienneté 0 / 1,5 (2) / 2 (5) / 2,75 (8) / 3,5 (10) … 10 (40).
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 2.25)]
    [InlineData(4, 2.25)]
    [InlineData(5, 3.75)]
    [InlineData(8, 4.5)]
    [InlineData(10, 6.5)]
    [InlineData(35, 16.5)]
    [InlineData(40, 18)]
    [InlineData(60, 18)]
    public void TheAddOnsOfBothKindsAddUp(int years, double percent) =>
        Assert.Equal((decimal)percent, AgreementAddOnRules.Percent(Services.Reference, Agreement.Idcc2264, "N6", D("2026-06-01"), years));

    [Fact]
    public void BeforeAvenant33AndForOtherAgreementsThereAreNone()
    {
        Assert.Equal(0m, AgreementAddOnRules.Percent(Services.Reference, Agreement.Idcc2264, "N6", D("2023-12-31"), 10));
        Assert.Equal(0m, AgreementAddOnRules.Percent(Services.Reference, Agreement.Idcc1147, "7", D("2026-06-01"), 10));
        Assert.Equal([0], AgreementAddOnRules.Thresholds(Services.Reference, Agreement.Idcc1147, "7", D("2026-06-01")));
    }

    [Fact]
    public void AFloorAskedWithYearsIncludesThemAndSaysSo()
    {
        // 10 years: 23 900 × 1,065 / 12 = 2 121,125 → 2 121,13 €.
        var floor = Service.Floor(new FloorQuery(Agreement.Idcc2264, "N6", D("2026-06-01"), SeniorityYears: 10));

        Assert.Equal((2121.13m, 6.5m, "agreement"), (floor.AgreementMinimum, floor.AddOnPercent, floor.Binding));
        Assert.Contains(floor.Warnings, w => w.Contains("+6,5 % du minimum", StringComparison.Ordinal));
        Assert.Equal(1991.67m, Service.Floor(new FloorQuery(Agreement.Idcc2264, "N6", D("2026-06-01"))).AgreementMinimum);
    }
}
