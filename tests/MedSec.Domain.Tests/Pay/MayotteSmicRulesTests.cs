using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Pay;

/// <summary>
/// Mayotte's own SMIC (art. 1, 2° of each décret or arrêté revaluing the SMIC) in the pay rules. Expected amounts are the
/// hourly rate of the text × the hours of the month (Code du travail art. L3232-3: H × 52 / 12 for H hours a week),
/// rounded to the cent, worked out here by hand.
/// </summary>
public class MayotteSmicRulesTests
{
    private static readonly MedSec.Domain.Reference.ReferenceData Data = Research().Build();

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public void ARegionGetsMayottesSmicOnlyWhenItIsMayotte()
    {
        Assert.Equal(SmicTerritory.Mayotte, SmicTerritories.Of(new Region("06")));
        Assert.All(CodeBook.RegionNames.Keys.Where(code => code != "06"),
            code => Assert.Equal(SmicTerritory.Metropole, SmicTerritories.Of(new Region(code))));
        Assert.Equal(SmicTerritory.Metropole, SmicTerritories.Of(null));
    }

    [Fact]
    public void TheSmicOfMayotteInForceIsItsOwn()
    {
        // Décret n° 2025-1228, art. 1, 2°: 9,33 € an hour from 2026-01-01 (12,02 € in the métropole).
        var smic = SmicRules.At(Data, D("2026-03-02"), SmicTerritory.Mayotte);

        Assert.Equal((D("2026-01-01"), 9.33m), (smic.ValidFrom, smic.Hourly));
        Assert.Equal(Cents(9.33m * 35m * 52m / 12m), SmicRules.MonthlyAt(Data, D("2026-03-02"), SmicTerritory.Mayotte));
    }

    [Fact]
    public void AMayotteFloorIsMayottesSmicWhereTheAgreementIsBelowIt()
    {
        // IDCC 29 coefficient 376: 1 672,07 € (avenant 2017-02), above nothing in the métropole but above Mayotte's SMIC of
        // June 2026: 9.56 × 35 × 52 / 12 = 1 449.93 €. The agreement binds there; the métropole's SMIC (1 867,02 €) does here.
        var mayotte = LegalFloorRules.Compute(Data, Agreement.Idcc29, "376", D("2026-06-15"), territory: SmicTerritory.Mayotte);
        var metropole = LegalFloorRules.Compute(Data, Agreement.Idcc29, "376", D("2026-06-15"));

        Assert.Equal(Cents(9.56m * 35m * 52m / 12m), mayotte.Smic);
        Assert.Equal(1672.07m, mayotte.Floor);
        Assert.Equal("agreement", mayotte.Binding);
        Assert.DoesNotContain(mayotte.Warnings, w => w.StartsWith("Minimum conventionnel", StringComparison.Ordinal));
        Assert.Equal((1867.02m, "smic"), (metropole.Floor, metropole.Binding));
    }

    [Fact]
    public void APartTimeMayotteFloorIsItsHourlySmicForThoseHours()
    {
        // 22 h a week in June 2026: 9.56 × 22 × 52 / 12 = 911.3867 → 911,39 € (the métropole's: 12.31 × 22 × 52 / 12 =
        // 1 173,55 €). The SMIC the floor carries is Mayotte's for 22 h, not its full-time SMIC pro rata.
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "4", D("2026-06-15"), 22m, territory: SmicTerritory.Mayotte);

        Assert.Equal(Cents(9.56m * 22m * 52m / 12m), floor.Smic);
        Assert.Equal(911.39m, floor.Smic);
    }

    [Fact]
    public void AMayotteFloorSaysWhichSmicItUsed()
    {
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2026-06-15"), territory: SmicTerritory.Mayotte);

        Assert.Contains(PayWarnings.MayotteSmic(9.56m, D("2026-06-01")), floor.Warnings);
        Assert.DoesNotContain(PayWarnings.MayotteSmic(9.56m, D("2026-06-01")),
            LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2026-06-15")).Warnings);
    }

    [Fact]
    public void AMayotteDateBeforeItsFirstSmicIsRefusedNotGivenTheMetropoles()
    {
        var data = Data with { Smic = [.. Data.Smic, new SmicRate(D("2019-01-01"), D("2019-12-31"), 10.03m, 1521.22m, "décret", "test")] };

        var ex = Assert.Throws<MedSecInputException>(() => SmicRules.At(data, D("2019-06-01"), SmicTerritory.Mayotte));

        Assert.Equal("Aucune donnée pour le SMIC de Mayotte au 2019-06-01 (première donnée : 2020-01-01).", ex.Message);
        Assert.Equal(10.03m, SmicRules.At(data, D("2019-06-01"), SmicTerritory.Metropole).Hourly);
    }

    [Fact]
    public void WithoutAnyMayotteSmicAMayotteFloorIsRefused()
    {
        var data = Data with { MayotteSmic = [] };

        var ex = Assert.Throws<MedSecInputException>(() =>
            LegalFloorRules.Compute(data, Agreement.Idcc1147, "5", D("2026-06-15"), territory: SmicTerritory.Mayotte));

        Assert.Equal("Aucune donnée pour le SMIC de Mayotte au 2026-06-15.", ex.Message);
    }
}
