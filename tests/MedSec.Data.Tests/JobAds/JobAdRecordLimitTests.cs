using System.Text;

namespace MedSec.Data.Tests.JobAds;

/// <summary>
/// The job-ad reader handed CsvHelper 34 a 4 MB MaxRecordSize, which it does not enforce: an offer of any size was read and
/// stored. An offer longer than the observation files' limit (1 MB as written) is now rejected as there (line, its longest
/// field's column, why), and the offers after it are read.
/// </summary>
public class JobAdRecordLimitTests
{
    private const string Header = "id|intitule|dateCreation|romeCode|lieuTravail.codePostal|salaire.libelle\n";

    private static string Offer(string id, string title) => $"{id}|{title}|2025-05-15T11:12:17.043Z|M1609|07500|Mensuel de 1900.0 Euros\n";

    [Fact]
    public void AnOfferOverTheLimitIsRejectedWithItsLineAndColumnAndTheRestIsRead()
    {
        // 1 MB and one byte of title: 3 bytes before it ("A2|"), 61 after ("|2025-05-15T11:12:17.043Z" 25, "|M1609" 6,
        // "|07500" 6, "|Mensuel de 1900.0 Euros" 24).
        var title = new string('x', (1 << 20) + 1);
        var result = JobAdFixture.Run("offres.csv", Encoding.UTF8.GetBytes(
            Header + Offer("A1", "Secrétaire médicale") + Offer("A2", title) + Offer("A3", "Secrétaire médicale")));

        Assert.Null(result.FileError);
        Assert.Equal(3, result.Read);
        Assert.Equal(2, result.Accepted);
        Assert.Equal(result.Read, result.Accepted + result.Rejected);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((3L, "intitule"), (rejection.Line, rejection.Column));
        Assert.Equal("Enregistrement trop long : 1 048 641 octets pour une limite de 1 048 576 ; ce champ en a 1 048 577.", rejection.Reason);
    }

    /// <summary>The same limit for offers in JSON: one a line (JSON Lines), or in the API's search response. 26 bytes before
    /// the title (<c>{"id": "A2", "intitule": "</c>), 2 after (<c>"}</c>): 1 048 605 for a title of 1 MB and one byte.</summary>
    [Theory]
    [InlineData("offres.jsonl", 2)]
    [InlineData("offres.json", 3)]
    public void AJsonOfferOverTheLimitIsRejectedWithItsLineAndTheRestIsRead(string name, long line)
    {
        static string Offer(string id, string title) =>
            $"{{\"id\": \"{id}\", \"intitule\": \"{title}\"}}";
        var offers = new[] { Offer("A1", "Secrétaire médicale"), Offer("A2", new string('x', (1 << 20) + 1)), Offer("A3", "Secrétaire médicale") };
        var text = name.EndsWith(".jsonl") ? string.Join("\n", offers) + "\n" : "{\"resultats\": [\n" + string.Join(",\n", offers) + "\n]}";

        var file = MedSec.Data.JobAds.JobAdFileReader.Read(name, Encoding.UTF8.GetBytes(text));

        Assert.Equal(["A1", "A3"], file.Records.Select(r => r.Get(MedSec.Data.JobAds.JobAdFields.Id)));
        var rejection = Assert.Single(file.Unreadable).Rejection;
        Assert.Equal((line, MedSec.Data.Ingestion.Rejection.WholeRecord), (rejection.Line, rejection.Column));
        Assert.Equal("Enregistrement trop long : 1 048 605 octets pour une limite de 1 048 576.", rejection.Reason);
    }
}
