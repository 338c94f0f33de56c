using System.Globalization;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// A part-timer paid exactly the SMIC of their hours is not under the SMIC. The SMIC is fixed by the hour (12,31 € from
/// 2026-06-01, arrêté du 22 mai 2026); a part-timer's monthly minimum is that rate × their hours × 52 / 12 (Code du
/// travail art. L3123-5, L3242-1), to the cent. Scaled to 35 h, that rounded amount can fall a cent under the full-time
/// SMIC (533,43 € for 10 h × 35 / 10 = 1 867,01 € &lt; 1 867,02 €), which must not make it "below-floor"; a cent less is.
/// </summary>
public class PartTimeFloorFlagTests
{
    /// <summary>SMIC horaire brut from 2026-06-01 (arrêté du 22 mai 2026, data/reference/smic.csv).</summary>
    private const decimal HourlyJune2026 = 12.31m;

    /// <summary>The legal monthly minimum of a part-timer: hourly SMIC × hours × 52 / 12, to the cent.</summary>
    private static decimal SmicFor(decimal weeklyHours) =>
        Math.Round(HourlyJune2026 * weeklyHours * 52m / 12m, 2, MidpointRounding.AwayFromZero);

    private static string Fr(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    private static ObservationIngestResult Run(CsvTextBuilder csv) =>
        ObservationPipeline.Run("test.csv", csv.Utf8, ReferencePayLookups.Instance, CsvTextBuilder.Options());

    [Theory]
    [InlineData("10")]
    [InlineData("22")]
    [InlineData("25")]
    [InlineData("28")]
    public void APartTimerPaidTheSmicOfTheirHoursIsNotFlagged(string hours)
    {
        var h = decimal.Parse(hours, CultureInfo.InvariantCulture);
        var smic = SmicFor(h);
        var result = Run(new CsvTextBuilder("Date;Secteur;Région;Salaire;Heures hebdo;Contrat")
            .Row($"2026-06-15;Privé;11;{Fr(smic)};{hours};CDI")
            .Row($"2026-06-15;Privé;11;{Fr(smic - 0.01m)};{hours};CDI"));

        Assert.Equal(2, result.Accepted);
        Assert.Equal(ObservationFlags.None, result.Observations[0].Flags);
        Assert.Equal(ObservationFlags.BelowFloor, result.Observations[1].Flags);
        Assert.Equal([3L], result.Flags.Select(f => f.Line));
    }

    [Fact]
    public void AnnualAndThirteenMonthPayAtTheSmicOfTheHoursIsNotFlagged()
    {
        // 22 h: 12 × 1 173,55 € = 14 082,60 € a year; over 13 months, the least monthly pay that adds up to it is
        // 14 082,60 / 13 = 1 083,2769 → 1 083,28 €.
        var monthly = SmicFor(22m);
        var annual = 12m * monthly;
        var thirteenth = Math.Ceiling(annual / 13m * 100m) / 100m;
        var result = Run(new CsvTextBuilder("Date;Secteur;Région;Salaire;Base;Mois payés;Heures hebdo")
            .Row($"2026-06-15;Privé;11;{Fr(annual)};Annuel;12;22")
            .Row($"2026-06-15;Privé;11;{Fr(thirteenth)};Mensuel;13;22")
            .Row($"2026-06-15;Privé;11;{Fr(annual - 0.12m)};Annuel;12;22"));

        Assert.Equal(3, result.Accepted);
        Assert.Equal([4L], result.Flags.Select(f => f.Line));
    }
}
