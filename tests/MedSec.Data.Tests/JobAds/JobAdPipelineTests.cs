using System.Text;
using MedSec.Data.Ingestion;
using MedSec.Data.JobAds;
using MedSec.Data.Store;
using MedSec.Data.Tests.Store;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.JobAds;

public class JobAdPipelineTests
{
    [Fact]
    public void EveryOfferIsAcceptedOrRejectedWithLineColumnAndReason()
    {
        var result = JobAdFixture.Run("offres-export.csv");

        Assert.Null(result.FileError);
        Assert.Equal(13, result.Read);
        Assert.Equal(9, result.Accepted);
        Assert.Equal(4, result.Rejected);
        Assert.Equal(result.Read, result.Accepted + result.Rejected);
        Assert.Equal(
            [(5L, "salaire.libelle"), (15L, "romeCode"), (19L, "salaire.libelle"), (20L, "lieuTravail.codePostal")],
            result.Rejections.Select(r => (r.Line, r.Column)));
        Assert.Contains("pas de salaire", result.Rejections[0].Reason);
        Assert.Contains("D1214", result.Rejections[1].Reason);
        Assert.Contains("Cachet de 120.0 Euros", result.Rejections[2].Reason);
        Assert.Contains("98000", result.Rejections[3].Reason);
    }

    [Fact]
    public void NonsenseIsFlaggedNotTrusted()
    {
        var result = JobAdFixture.Run("offres-export.csv");

        Assert.Equal([13L, 14L, 18L], result.Flags.Select(f => f.Line));
        Assert.All(result.Flags, f => Assert.Equal("salaire.libelle", f.Column));
        Assert.Contains("sur 0.0 mois", result.Flags[0].Reason);
        Assert.Contains("annuel étiqueté mensuel", result.Flags[1].Reason);
        Assert.Contains("sous le SMIC", result.Flags[2].Reason);
    }

    [Fact]
    public void OfferBecomesAnObservationWithPlaceContractExperienceAndSector()
    {
        var result = JobAdFixture.Run("offres-export.csv");
        var radiology = result.Observations.Rows.Single(r => r.Extra["offer_id"] == "T000001");
        var o = radiology.Observation;

        Assert.Equal(2L, radiology.Line);
        Assert.Equal(new DateOnly(2025, 5, 15), o.Date);
        Assert.Equal("France Travail", o.Source);
        Assert.Equal(Sector.Private, o.Sector);
        Assert.Equal(EmployerType.Cabinet, o.Employer);
        Assert.Equal("07", o.Departement);
        Assert.Equal(new Region("84"), o.Region);
        Assert.Equal(2m, o.ExperienceYears);
        Assert.Equal(Specialty.Radiology, o.Specialty);
        Assert.Equal(ContractType.Cdi, o.Contract);
        Assert.Equal(35m, o.WeeklyHours);
        Assert.Equal(PayBasis.Annual, o.PayBasis);
        Assert.Equal(23500m, o.PayAmount);
        Assert.Equal(PayKind.Gross, o.PayKind);
        Assert.False(o.Synthetic);
        Assert.Equal(1958.33m, radiology.MonthlyGross);
        Assert.Equal("1833.33", radiology.Extra["monthly_gross_min"]);
        Assert.Equal("2083.33", radiology.Extra["monthly_gross_max"]);
        Assert.Equal("M1609", radiology.Extra["rome_code"]);
        Assert.Equal("86.22A", radiology.Extra["naf_code"]);
    }

    [Theory]
    [InlineData("T000004", "2A", "94")]
    [InlineData("T000005", "2B", "94")]
    [InlineData("T000006", "974", "04")]
    [InlineData("T000007", "75", "11")]
    [InlineData("T000003", "69", "84")]
    public void PostcodeGivesDepartementAndRegion(string id, string departement, string region)
    {
        var o = Offer(id).Observation;

        Assert.Equal(departement, o.Departement);
        Assert.Equal(new Region(region), o.Region);
    }

    [Fact]
    public void TelesecretariatOfferIsRemote()
    {
        var o = Offer("T000007").Observation;

        Assert.Equal(Sector.Remote, o.Sector);
        Assert.Equal(EmployerType.Telesecretariat, o.Employer);
        Assert.Equal(2m, o.ExperienceYears); // 24 Mois
    }

    [Fact]
    public void PartTimeOfferKeepsItsHoursAndIsScaledToFullTime()
    {
        var row = Offer("T000003");

        Assert.Equal(27.5m, row.Observation.WeeklyHours);
        Assert.Equal(1700m, row.Observation.PayAmount);
        Assert.Equal(2163.64m, row.MonthlyGross); // 1 700 × 35 / 27.5 = 2 163.6363…
        Assert.False(row.IsFlagged);
        Assert.Equal(0.5m, row.Observation.ExperienceYears); // 6 Mois
        Assert.Equal(Specialty.General, row.Observation.Specialty);
    }

    [Fact]
    public void ThirteenMonthsAndThirtyNineHoursAreBothTakenIntoAccount()
    {
        var row = Offer("T000006");

        Assert.Equal(13m, row.Observation.MonthsPaid);
        Assert.Equal(39m, row.Observation.WeeklyHours);
        Assert.Equal(2163.19m, row.MonthlyGross); // 2 225 × 13 × 35 / (12 × 39) = 2 163.1944…
        Assert.Equal(EmployerType.Clinique, row.Observation.Employer);
    }

    [Fact]
    public void TitleGivesTheSpecialtyAndCddIsKept()
    {
        var o = Offer("T000005").Observation;

        Assert.Equal(Specialty.Cardiology, o.Specialty);
        Assert.Equal(ContractType.Cdd, o.Contract);
        Assert.Equal(36.25m, o.WeeklyHours);
    }

    [Fact]
    public void SearchResponseGivesTheSameObservationsAsTheExport()
    {
        var json = JobAdFixture.Run("offres-resultats.json");
        var csv = JobAdFixture.Run("offres-export.csv");

        Assert.Equal(3, json.Read);
        Assert.Equal(2, json.Accepted);
        Assert.Equal((56L, "salaire.libelle"), (json.Rejections[0].Line, json.Rejections[0].Column));
        foreach (var row in json.Observations.Rows)
        {
            var twin = csv.Observations.Rows.Single(r => r.Extra["offer_id"] == row.Extra["offer_id"]);
            Assert.Equal(twin.Observation, row.Observation);
            Assert.Equal(twin.MonthlyGross, row.MonthlyGross);
        }
    }

    [Fact]
    public void JsonLinesCountsTheBrokenLineAsReadAndRejected()
    {
        var result = JobAdFixture.Run("offres.jsonl");

        Assert.Equal(3, result.Read);
        Assert.Equal(2, result.Accepted);
        Assert.Equal(2L, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void EmptyRomeFilterKeepsEveryOccupation()
    {
        var result = JobAdFixture.Run("offres-export.csv",
            new JobAdPipelineOptions(RomeCodes: new HashSet<string>(), Today: JobAdFixture.Today));

        Assert.Equal(10, result.Accepted);
    }

    [Fact]
    public void OfferDatedAfterTodayIsRejected()
    {
        var result = JobAdFixture.Run("offres-export.csv", new JobAdPipelineOptions(Today: new DateOnly(2025, 4, 30)));

        Assert.Contains(result.Rejections, r => r.Line == 2 && r.Column == "dateCreation" && r.Reason.Contains("futur"));
    }

    [Fact]
    public void FileThatIsNotOffersIsRefusedAsAWhole()
    {
        var result = JobAdFixture.Run("x.csv", "a;b\n1;2\n"u8.ToArray());

        Assert.True(result.IsFileRejected);
        Assert.Equal(0, result.Read);
    }

    [Fact]
    public void RejectsFileHoldsTheRejectedOffersAndReadsBackAsOffers()
    {
        var result = JobAdFixture.Run("offres-export.csv");
        using var stream = new MemoryStream();

        RejectsWriter.Write(stream, result);
        var again = JobAdFixture.Run("rejects.csv", stream.ToArray(), new JobAdPipelineOptions(RomeCodes: new HashSet<string>(), Today: JobAdFixture.Today));

        Assert.Equal(4, again.Read);
        Assert.Equal(["T000002", "T000010", "T000012", "T000013"],
            JobAdFileReader.Read("rejects.csv", stream.ToArray()).Records.Select(r => r.Get(JobAdFields.Id)));
    }

    [Theory]
    [InlineData("Mensuel de 1700.0 Euros sur 0.0 mois", "sur 0.0 mois")]
    [InlineData("Mensuel de 1700.0 Euros à 1500.0 Euros", "Fourchette à l'envers")]
    public void OfferBothAbsurdAndBelowFloorIsStoredWithBothFlagsAndReportedWithBothReasons(string salary, string absurdReason)
    {
        var result = JobAdFixture.Run("both.csv", Encoding.UTF8.GetBytes(
            "id|intitule|dateCreation|romeCode|lieuTravail.codePostal|salaire.libelle\n" +
            $"A1|Secrétaire médicale|2025-05-15T11:12:17.043Z|M1609|07500|{salary}\n"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal((2L, "salaire.libelle"), (flag.Line, flag.Column));
        Assert.Contains(absurdReason, flag.Reason);
        Assert.Contains("sous le SMIC", flag.Reason);
        using var temp = new TempStore();
        using var store = temp.Open();
        store.Save(new ImportDraft("both.csv", "sha", "job-ads", DateTimeOffset.UnixEpoch, result.Read, result.Accepted, result.Rejected,
            result.Flagged, "{}"), result.Observations);
        var stored = Assert.Single(store.LoadObservations().Rows);
        Assert.Equal(ObservationFlags.BelowFloor | ObservationFlags.Absurd, stored.Flags);
        Assert.Equal(flag.Reason, stored.FlagReason);
    }

    [Theory]
    [InlineData('|', "\n")]
    [InlineData(';', "\r\n")]
    public void BlankRecordsArePassedOverAndCountedApart(char separator, string newLine)
    {
        var lines = new[]
        {
            "id|romeCode|dateCreation|lieuTravail.codePostal|salaire.libelle",
            "A1|M1609|2025-05-15T11:12:17.043Z|07500|Mensuel de 1900 Euros",
            "||||",
            "A2|M1609|2025-05-15T11:12:17.043Z|07500|",
            "||||", "|| ||", "||||",
        };
        var text = string.Concat(lines.Select(l => l.Replace('|', separator) + newLine));

        var result = JobAdFixture.Run("blanks.csv", Encoding.UTF8.GetBytes(text));

        Assert.Equal((2L, 1L, 1L, 4L), (result.Read, result.Accepted, result.Rejected, result.BlankRecords));
        Assert.Equal(4L, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void RecordWithValuesOnlyBeyondTheHeaderIsReadAndRejectedNotPassedOver()
    {
        var result = JobAdFixture.Run("wide.csv", Encoding.UTF8.GetBytes(
            "id|romeCode|dateCreation|lieuTravail.codePostal|salaire.libelle\n|||||surplus\n"));

        Assert.Equal((1L, 0L, 0L), (result.Read, result.Accepted, result.BlankRecords));
        Assert.Equal(2L, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void RejectsFileOfASearchResponseIsASearchResponseThatReadsBack()
    {
        var result = JobAdFixture.Run("offres-resultats.json");
        using var stream = new MemoryStream();

        RejectsWriter.Write(stream, result);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("{\"resultats\":[\n{", text);
        Assert.DoesNotContain("\n\n", text);
        using var document = System.Text.Json.JsonDocument.Parse(text);
        Assert.Equal(result.Rejected, document.RootElement.GetProperty("resultats").GetArrayLength());
        var again = JobAdFileReader.Read("rejects.json", stream.ToArray());
        Assert.Equal(JobAdLayout.JsonResults, again.Layout);
        Assert.Equal(result.Rejected, again.Records.Count);
        Assert.Equal([2L], again.Records.Select(r => r.Line));
        Assert.Equal(result.Rejections.Select(r => r.Reason),
            JobAdFixture.Run("rejects.json", stream.ToArray()).Rejections.Select(r => r.Reason));
    }

    /// <summary>The offers of a search response's rejects keep their text as written, accents and apostrophes included
    /// (they were escaped: "Secr\u00E9taire d\u0027accueil"), and still read back.</summary>
    [Fact]
    public void RejectsFileOfASearchResponseKeepsTheTextAsWritten()
    {
        const string json = "{\"resultats\": [\n  {\"id\": \"A1\", \"intitule\": \"Secrétaire d'accueil <bloc> & \\\"tri\\\"\", \"romeCode\": \"M1609\",\n" +
            "   \"dateCreation\": \"2025-05-15T11:12:17.043Z\", \"lieuTravail\": {\"codePostal\": \"07500\"}}\n]}";
        var result = JobAdFixture.Run("offres.json", Encoding.UTF8.GetBytes(json));
        using var stream = new MemoryStream();

        RejectsWriter.Write(stream, result);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"intitule\":\"Secrétaire d'accueil <bloc> & \\\"tri\\\"\"", text);
        var again = JobAdFixture.Run("rejects.json", stream.ToArray());
        Assert.Equal(("salaire.libelle", 2L), (Assert.Single(again.Rejections).Column, again.Rejections[0].Line));
    }

    [Fact]
    public void RejectsFileOfJsonLinesIsJsonLinesWithoutAnEmptyFirstLine()
    {
        const string offer = "{\"id\": \"A1\", \"romeCode\": \"M1609\", \"dateCreation\": \"2025-05-15T11:12:17.043Z\", " +
            "\"lieuTravail\": {\"codePostal\": \"07500\"}, \"salaire\": {\"libelle\": \"Mensuel de 1900 Euros\"}}";
        var lines = $"{offer}\n{offer.Replace("1900", "١٩٠٠", StringComparison.Ordinal)}\n{{\"id\": \"A3\", \"romeCode\"\n";
        var result = JobAdFixture.Run("offres.jsonl", Encoding.UTF8.GetBytes(lines));
        using var stream = new MemoryStream();

        RejectsWriter.Write(stream, result);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(2, result.Rejected);
        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("{\"id\": \"A1\"", text);
        var again = JobAdFixture.Run("rejects.jsonl", stream.ToArray());
        Assert.Equal([(1L, "salaire.libelle"), (2L, Rejection.WholeRecord)], again.Rejections.Select(r => (r.Line, r.Column)));
    }

    private static NormalisedObservation Offer(string id) =>
        JobAdFixture.Run("offres-export.csv").Observations.Rows.Single(r => r.Extra["offer_id"] == id);
}
