using MedSec.Data.Ingestion;
using MedSec.Data.JobAds;
using MedSec.Data.Tests.JobAds;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// The below-floor flag of an observation or an offer in Mayotte (région 06) holds it to Mayotte's own SMIC (décret
/// n° 2025-1228, art. 1, 2°: 9,33 € an hour from 2026-01-01, i.e. 9.33 × 35 × 52 / 12 = 1 415,05 € a full-time month),
/// not to the métropole's (12,02 € an hour, 1 823,03 €).
/// </summary>
public class MayotteFloorFlagTests
{
    private static readonly decimal MayotteMarch2026 = Math.Round(9.33m * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero);

    private static ObservationIngestResult Run(CsvTextBuilder csv) =>
        ObservationPipeline.Run("test.csv", csv.Utf8, ReferencePayLookups.Instance, CsvTextBuilder.Options());

    [Fact]
    public void AMayotteRowIsHeldToMayottesSmic()
    {
        var result = Run(new CsvTextBuilder("Date;Secteur;Région;Salaire;Contrat")
            .Row("2026-03-02;Privé;06;1500;CDI")        // above Mayotte's SMIC, below the métropole's: not flagged
            .Row("2026-03-02;Privé;Mayotte;1400;CDI")   // below Mayotte's: flagged, with Mayotte's SMIC
            .Row("2026-03-02;Privé;04;1500;CDI"));      // La Réunion has the métropole's SMIC: flagged

        Assert.Equal(3, result.Accepted);
        Assert.Equal([3L, 4L], result.Flags.Select(f => f.Line));
        Assert.Equal(ObservationFlags.None, result.Observations[0].Flags);
        Assert.Equal(
            $"1400,00 € par mois à temps plein, sous le SMIC de Mayotte en vigueur au 2026-03-02 ({MayotteMarch2026.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')} €).",
            result.Flags[0].Reason);
        Assert.Equal("1500,00 € par mois à temps plein, sous le SMIC en vigueur au 2026-03-02 (1823,03 €).", result.Flags[1].Reason);
    }

    [Fact]
    public void AnOfferInMayotteIsHeldToMayottesSmic()
    {
        const string Offer = """
            {"id": "M000001", "intitule": "Secrétaire médicale (H/F)", "dateCreation": "2026-03-02T10:00:00.000Z", "lieuTravail": {"libelle": "976 - MAMOUDZOU", "codePostal": "97600", "commune": "97611"}, "romeCode": "M1609", "typeContrat": "CDI", "experienceLibelle": "Débutant accepté", "salaire": {"libelle": "Mensuel de 1500.00 Euros"}, "dureeTravailLibelle": "35H Autre", "codeNAF": "86.21Z"}
            {"id": "M000002", "intitule": "Secrétaire médicale (H/F)", "dateCreation": "2026-03-02T10:00:00.000Z", "lieuTravail": {"libelle": "976 - MAMOUDZOU", "codePostal": "97600", "commune": "97611"}, "romeCode": "M1609", "typeContrat": "CDI", "experienceLibelle": "Débutant accepté", "salaire": {"libelle": "Mensuel de 1400.00 Euros"}, "dureeTravailLibelle": "35H Autre", "codeNAF": "86.21Z"}
            """;

        var result = JobAdPipeline.Run("offres.jsonl", System.Text.Encoding.UTF8.GetBytes(Offer + "\n"), ReferencePayLookups.Instance,
            JobAdFixture.Geography, new JobAdPipelineOptions(Today: JobAdFixture.Today));

        Assert.Equal(2, result.Accepted);
        Assert.Equal("06", result.Observations[0].Observation.Region.Code);
        var flag = Assert.Single(result.Flags);
        Assert.Equal(2L, flag.Line);
        Assert.Contains("1415,05 €", flag.Reason);
    }

    [Fact]
    public void AnOfferInMayotteNamesMayottesSmicAsAnObservationDoes()
    {
        // 1 400 € a month in Mamoudzou in March 2026 is under Mayotte's SMIC, 9.33 × 35 × 52 / 12 = 1 415,05 € (décret
        // n° 2025-1228, art. 1, 2°): the reason names that SMIC, so 1 415,05 € is not read as a wrong métropole SMIC
        // (1 823,03 €), as an observation's reason names it ("sous le SMIC de Mayotte en vigueur au …").
        const string Offer = """
            {"id": "M000003", "intitule": "Secrétaire médicale (H/F)", "dateCreation": "2026-03-02T10:00:00.000Z", "lieuTravail": {"libelle": "976 - MAMOUDZOU", "codePostal": "97600", "commune": "97611"}, "romeCode": "M1609", "typeContrat": "CDI", "experienceLibelle": "Débutant accepté", "salaire": {"libelle": "Mensuel de 1400.00 Euros"}, "dureeTravailLibelle": "35H Autre", "codeNAF": "86.21Z"}
            """;

        var result = JobAdPipeline.Run("offres.jsonl", System.Text.Encoding.UTF8.GetBytes(Offer + "\n"), ReferencePayLookups.Instance,
            JobAdFixture.Geography, new JobAdPipelineOptions(Today: JobAdFixture.Today));

        Assert.Equal("1400,00 € par mois à temps plein, sous le SMIC de Mayotte (1415,05 €).", Assert.Single(result.Flags).Reason);
    }
}
