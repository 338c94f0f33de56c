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
        Assert.Equal("Enregistrement trop long : 1048641 octets pour une limite de 1048576 ; ce champ en a 1048577.", rejection.Reason);
    }
}
