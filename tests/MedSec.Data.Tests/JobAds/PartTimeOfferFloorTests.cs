using System.Globalization;
using System.Text;
using MedSec.Data.JobAds;
using MedSec.Data.Tests.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.JobAds;

/// <summary>
/// A part-time offer at the SMIC of its hours is not under the SMIC (Code du travail art. L3123-5, L3242-1: the hourly
/// SMIC × the hours × 52 / 12, to the cent; 12,31 € an hour from 2026-06-01, arrêté du 22 mai 2026). Scaled to 35 h, the
/// rounded amount may show a cent under the full-time SMIC (533,43 € for 10 h → 1 867,01 € &lt; 1 867,02 €): no flag; a
/// cent less is flagged.
/// </summary>
public class PartTimeOfferFloorTests
{
    private const decimal HourlyJune2026 = 12.31m;

    private static decimal SmicFor(decimal weeklyHours) =>
        Math.Round(HourlyJune2026 * weeklyHours * 52m / 12m, 2, MidpointRounding.AwayFromZero);

    private static string Offer(string id, decimal monthly, int hours) =>
        $$"""{"id": "{{id}}", "intitule": "Secrétaire médicale (H/F)", "dateCreation": "2026-06-15T10:00:00.000Z", "lieuTravail": {"libelle": "75 - PARIS 15", "codePostal": "75015", "commune": "75115"}, "romeCode": "M1609", "typeContrat": "CDI", "experienceLibelle": "Débutant accepté", "salaire": {"libelle": "Mensuel de {{monthly.ToString("0.00", CultureInfo.InvariantCulture)}} Euros"}, "dureeTravailLibelle": "{{hours}}H Travail à temps partiel", "codeNAF": "86.21Z"}""";

    [Theory]
    [InlineData(10)]
    [InlineData(22)]
    public void AnOfferAtTheSmicOfItsHoursIsNotFlagged(int hours)
    {
        var smic = SmicFor(hours);
        var content = Offer("P000001", smic, hours) + "\n" + Offer("P000002", smic - 0.01m, hours) + "\n";

        var result = JobAdPipeline.Run("offres.jsonl", Encoding.UTF8.GetBytes(content), ReferencePayLookups.Instance,
            JobAdFixture.Geography, new JobAdPipelineOptions(Today: JobAdFixture.Today));

        Assert.Equal(2, result.Accepted);
        Assert.Equal(hours, result.Observations[0].Observation.WeeklyHours);
        Assert.False(result.Observations[0].Flags.HasFlag(ObservationFlags.BelowFloor));
        Assert.True(result.Observations[1].Flags.HasFlag(ObservationFlags.BelowFloor));
    }
}
