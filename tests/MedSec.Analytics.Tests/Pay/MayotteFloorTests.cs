using MedSec.Analytics.Pay;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Analytics.Tests.Pay.RealReference;

namespace MedSec.Analytics.Tests.Pay;

/// <summary>
/// The pay service's floor for a job in Mayotte, on the bundled data. Mayotte's SMIC is the one of art. 1, 2° of each text
/// revaluing the SMIC: 9,56 € an hour from 2026-06-01 (arrêté du 22 mai 2026), 9,33 € from 2026-01-01 (décret
/// n° 2025-1228). A 35 h month is 35 × 52 / 12 hours (Code du travail art. L3232-3). Amounts are worked out here by hand.
/// </summary>
public class MayotteFloorTests
{
    private static readonly Region Mayotte = new("06");

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public void AFloorInMayotteCarriesMayottesSmicAndTheAgreementBindsAboveIt()
    {
        // IDCC 1147 positionnement 5: 1 815,79 € (avenant 90) > 9.56 × 35 × 52 / 12 = 1 449,93 €.
        var floor = Service.Floor(new FloorQuery(Agreement.Idcc1147, "5", D("2026-06-15"), Region: Mayotte));

        Assert.Equal(Cents(9.56m * 35m * 52m / 12m), floor.Smic);
        Assert.Equal((1815.79m, 1815.79m, "agreement"), (floor.AgreementMinimum, floor.Floor, floor.Binding));
        Assert.Contains(floor.Warnings, w => w.StartsWith("SMIC de Mayotte", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherRegionKeepsTheMetropolesFloor()
    {
        var floor = Service.Floor(new FloorQuery(Agreement.Idcc1147, "5", D("2026-06-15"), Region: new Region("04")));

        // La Réunion has the métropole's SMIC: 12.31 × 35 × 52 / 12 = 1 867,02 € > 1 815,79 €.
        Assert.Equal((Cents(12.31m * 35m * 52m / 12m), "smic"), (floor.Floor, floor.Binding));
    }

    [Fact]
    public void TheServiceGivesMayottesSmicForAnyHours()
    {
        Assert.Equal(Cents(9.33m * 35m * 52m / 12m), Service.SmicMonthly(D("2026-03-02"), SmicTerritory.Mayotte));
        Assert.Equal(Cents(9.33m * 24m * 52m / 12m), Service.SmicForHours(24m, D("2026-03-02"), SmicTerritory.Mayotte));
    }
}
