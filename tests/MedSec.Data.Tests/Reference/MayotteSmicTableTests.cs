using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Reference;

/// <summary>
/// smic_mayotte.csv: Mayotte's own SMIC, checked against the texts that set it (art. 1, 2° of each décret or arrêté:
/// "A Mayotte, son montant est fixé à … l'heure") and against the monthly rule of smic.csv.
/// </summary>
public sealed class MayotteSmicTableTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private ReferenceData Data => fixture.Data;

    [Fact]
    public void TheLoaderReadsMayottesSeriesApartFromTheMetropoles()
    {
        Assert.Equal(RawCsv.Rows(Path.Combine(TestPaths.BundledReference, "smic_mayotte.csv")).Count, Data.MayotteSmic.Count);
        Assert.DoesNotContain(Data.MayotteSmic, m => Data.Smic.Any(s => s.Hourly == m.Hourly));
    }

    [Fact]
    public void Mayotte2026IsThatOfDecret2025_1228()
    {
        var smic = Data.MayotteSmic.At(new DateOnly(2026, 3, 2), s => s.ValidFrom, s => s.ValidTo);

        // 9,33 € an hour; a 35 h month is 35 × 52 / 12 hours: 9.33 × 35 × 52 / 12 = 1 415.05 €.
        Assert.Equal((new DateOnly(2026, 1, 1), 9.33m, 1415.05m), (smic.ValidFrom, smic.Hourly, smic.Monthly));
        Assert.Contains("2025-1228", smic.LegalText);
    }

    [Fact]
    public void MayotteFromJune2026IsThatOfTheArreteOf22May2026()
    {
        var smic = Data.MayotteSmic.At(new DateOnly(2026, 6, 1), s => s.ValidFrom, s => s.ValidTo);

        // 9.56 × 35 × 52 / 12 = 1 449.9333 → 1 449.93 €.
        Assert.Equal((9.56m, 1449.93m, (DateOnly?)null), (smic.Hourly, smic.Monthly, smic.ValidTo));
        Assert.Contains("22 mai 2026", smic.LegalText);
    }

    [Fact]
    public void EveryMonthlyFigureIsTheHourlyOneForThirtyFiveHoursAsInSmicCsv()
    {
        // The métropole's published figures are hourly × 35 × 52 / 12 rounded to the cent (10.15 → 1 539.42 €):
        // Mayotte's follow the same rule.
        Assert.All(Data.Smic.Concat(Data.MayotteSmic), s =>
            Assert.Equal(Math.Round(s.Hourly * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero), s.Monthly));
    }

    [Fact]
    public void MayottesSeriesStartsWhenTheMetropolesDoesAndChangesOnTheSameDays()
    {
        Assert.Equal(Data.Smic.Min(s => s.ValidFrom), Data.MayotteSmic.Min(s => s.ValidFrom));
        Assert.Equal(Data.Smic.Select(s => s.ValidFrom).Order(), Data.MayotteSmic.Select(s => s.ValidFrom).Order());
        Assert.All(Data.MayotteSmic, m => Assert.True(m.Hourly < Data.Smic.Single(s => s.ValidFrom == m.ValidFrom).Hourly));
    }
}
