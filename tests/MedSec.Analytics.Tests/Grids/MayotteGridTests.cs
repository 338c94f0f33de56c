using MedSec.Analytics.Grids;
using MedSec.Analytics.Tests.Pay;
using MedSec.Domain.Observations;
using static MedSec.Analytics.Tests.Grids.Payrolls;

namespace MedSec.Analytics.Tests.Grids;

/// <summary>
/// A grid designed for Mayotte is floored by Mayotte's own SMIC (décret n° 2025-1228, art. 1, 2°: 9,33 € an hour from
/// 2026-01-01; a 35 h month is 35 × 52 / 12 hours), and its staff are held to it. Amounts worked out here by hand.
/// </summary>
public class MayotteGridTests
{
    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static (GridDesignService Service, MemoryPayrollBook Book) Service()
    {
        var book = new MemoryPayrollBook();
        return (new GridDesignService(RealReference.Services.Reference, RealReference.Service, new StubMarket(_ => null), book), book);
    }

    private static GridDesignQuery Query(string employer, long? payroll = null, string region = "06") =>
        GridRequestParser.Design(region, employer, "60", "2", "2", null, "2026-03-01", payroll?.ToString());

    [Fact]
    public void AGridWithoutAgreementInMayotteIsFlooredByMayottesSmic()
    {
        var design = Service().Service.Design(Query("hopital"));

        Assert.All(design.Levels, l => Assert.Equal((Cents(9.33m * 35m * 52m / 12m), "smic"), (l.Floor, l.FloorBinding)));
        Assert.All(design.Levels, l => Assert.Equal(Cents(9.33m * 35m * 52m / 12m), l.Smic));
    }

    [Fact]
    public void AGridFlooredByMayottesSmicAloneSaysWhoseSmicItIs()
    {
        // Without an agreement every level's floor is Mayotte's SMIC, 9,33 € an hour since 2026-01-01 (décret n° 2025-1228,
        // art. 1, 2°): the grid says so, once, as a cabinet's grid there does through its agreement's floors.
        const string Note = "SMIC de Mayotte appliqué : 9,33 € de l'heure depuis le 2026-01-01, plus bas qu'en métropole.";

        Assert.Single(Service().Service.Design(Query("hopital")).Warnings, w => w == Note);
        Assert.Single(Service().Service.Design(Query("cabinet")).Warnings, w => w == Note);
    }

    [Fact]
    public void ACabinetGridInMayotteIsHeldToIdcc1147WhichIsAboveMayottesSmic()
    {
        // Positionnement 5: 1 815,79 € (avenant 90) > 1 415,05 €: the agreement binds (in Occitanie the SMIC, 1 823,03 €, does).
        var level = Service().Service.Design(Query("cabinet")).Levels[0];

        Assert.Equal((1815.79m, "agreement", Cents(9.33m * 35m * 52m / 12m)), (level.Floor, level.FloorBinding, level.Smic));
    }

    [Fact]
    public void APartTimerInMayotteIsHeldToMayottesSmicForTheirHours()
    {
        // Unclassified, so held to the SMIC: Mayotte's full-time 9.33 × 35 × 52 / 12 = 1 415,05 €, and for 28 h a week
        // (FTE 0,8) 9.33 × 28 × 52 / 12 = 1 132,04 €. Paid 1 200 €: above it (under the métropole's 1 458,43 €).
        var (service, book) = Service();
        var id = book.Add("paie.csv", [Employee("M1", Gender.Female, null, 1200m, fte: 0.8m)]);

        var placed = Assert.Single(service.Design(Query("hopital", id)).Staff!.Employees);

        Assert.Equal((Cents(9.33m * 35m * 52m / 12m), false), (placed.LegalFloor!.Value, placed.BelowLegalFloor));
        // The same pay in Occitanie is under the métropole's SMIC for 28 h, 12,02 × 28 × 52 / 12 = 1 458,43 €.
        var inOccitanie = Assert.Single(service.Design(Query("hopital", id, region: "76")).Staff!.Employees);
        Assert.True(inOccitanie.BelowLegalFloor);
    }
}
