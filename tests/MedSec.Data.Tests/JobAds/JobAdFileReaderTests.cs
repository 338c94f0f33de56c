using System.Text;
using MedSec.Data.Ingestion;
using MedSec.Data.JobAds;

namespace MedSec.Data.Tests.JobAds;

public class JobAdFileReaderTests
{
    [Theory]
    [InlineData("offres-export.csv", JobAdLayout.PipeSeparated)]
    [InlineData("offres-resultats.json", JobAdLayout.JsonResults)]
    [InlineData("offres.jsonl", JobAdLayout.JsonLines)]
    public void DetectsEachLayout(string name, JobAdLayout layout)
    {
        Assert.Equal(layout, JobAdFileReader.Detect(JobAdFixture.Bytes(name)));
        Assert.True(JobAdFileReader.Looks(JobAdFixture.Bytes(name)));
    }

    [Theory]
    [InlineData("date;secteur;région;salaire\n2025-01-01;privé;84;2000\n")]
    [InlineData("Matricule;Sexe;Salaire de base\nA1;F;2000\n")]
    [InlineData("")]
    public void DoesNotTakeOtherFilesForOffers(string text) =>
        Assert.Null(JobAdFileReader.Detect(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void PipeExportKeepsMultiLineDescriptionsInOneRecordAndCountsPhysicalLines()
    {
        var file = JobAdFixture.Read("offres-export.csv");

        Assert.Equal('|', file.Dialect.Separator);
        Assert.Equal(13, file.Records.Count);
        Assert.Empty(file.Unreadable);
        Assert.Equal([2L, 5L, 6L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 18L, 19L, 20L], file.Records.Select(r => r.Line));
        Assert.Equal("Cabinet d'imagerie recherche une secrétaire :\n- accueil des patients\n- prise de rendez-vous \"urgents\" et cotation",
            file.Records[0].Get("description"));
        Assert.Equal("07500", file.Records[0].Get(JobAdFields.Postcode));
        Assert.StartsWith("id|intitule|description|", Encoding.UTF8.GetString(file.HeaderLine.Span));
    }

    [Fact]
    public void SearchResponseGivesEachOfferOfResultatsWithNestedFieldsDotted()
    {
        var file = JobAdFixture.Read("offres-resultats.json");

        Assert.Equal(["T000001", "T000002", "T000006"], file.Records.Select(r => r.Get(JobAdFields.Id)));
        Assert.Equal([3L, 56L, 108L], file.Records.Select(r => r.Line));
        var first = file.Records[0];
        Assert.Equal("07500", first.Get(JobAdFields.Postcode));
        Assert.Equal("Annuel de 22000.00 Euros à 25000.00 Euros sur 12 mois", first.Get(JobAdFields.SalaryText));
        Assert.Null(first.Get(JobAdFields.EmployerName)); // "nom": null
        Assert.StartsWith("[", first.Get("competences"));
        Assert.DoesNotContain((byte)'\n', first.Raw.ToArray());
    }

    [Fact]
    public void BareArrayOfOffersIsRead()
    {
        var text = "[{\"id\": \"A1\", \"intitule\": \"Secrétaire médicale\"},\n {\"id\": \"A2\"}]";

        var file = JobAdFileReader.Read("offers.json", Encoding.UTF8.GetBytes(text));

        Assert.Equal(JobAdLayout.JsonResults, file.Layout);
        Assert.Equal([1L, 2L], file.Records.Select(r => r.Line));
    }

    [Fact]
    public void JsonLinesReportsABrokenLineAndReadsTheOthers()
    {
        var file = JobAdFixture.Read("offres.jsonl");

        Assert.Equal(["T000004", "T000007"], file.Records.Select(r => r.Get(JobAdFields.Id)));
        Assert.Equal([1L, 3L], file.Records.Select(r => r.Line));
        var broken = Assert.Single(file.Unreadable);
        Assert.Equal(2L, broken.Rejection.Line);
        Assert.Equal(Rejection.WholeRecord, broken.Rejection.Column);
        Assert.StartsWith("Pas une offre JSON", broken.Rejection.Reason);
    }

    [Fact]
    public void BrokenJsonDocumentRefusesTheWholeFile()
    {
        var text = "{\n  \"resultats\": [\n    {\"id\": \"A1\"\n";

        var e = Assert.Throws<FileRejectedException>(() => JobAdFileReader.Read("broken.json", Encoding.UTF8.GetBytes(text)));

        Assert.Equal("JSON illisible à la ligne 4, position 1 : le texte s'arrête avant la fin du JSON.", e.Reason);
    }

    [Theory]
    [InlineData("{\"resultats\": [\n  {\"id\": \"A1\", b: 1}]}", "JSON illisible à la ligne 2, position 16.")]
    [InlineData("{\"resultats\": [\n  {\"intitulé\": \"Secrétaire\", b: 1}]}", "JSON illisible à la ligne 2, position 30.")]
    [InlineData("[{\"id\": \"A1\"} {\"id\": \"A2\"}]", "JSON illisible à la ligne 1, position 15.")]
    public void BrokenJsonDocumentIsSaidInFrenchWithItsLineAndPosition(string text, string reason)
    {
        var e = Assert.Throws<FileRejectedException>(() => JobAdFileReader.Read("broken.json", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(reason, e.Reason);
    }

    [Theory]
    [InlineData("{\"id\": \"A2\", b: 1}", "Pas une offre JSON : illisible à la ligne 2, position 14.")]
    [InlineData("[1, 2]", "Une offre est un objet JSON, pas un tableau.")]
    [InlineData("\"Secrétaire\"", "Une offre est un objet JSON, pas un texte.")]
    [InlineData("12.5", "Une offre est un objet JSON, pas un nombre.")]
    [InlineData("true", "Une offre est un objet JSON, pas un booléen.")]
    [InlineData("null", "Une offre est un objet JSON, pas la valeur null.")]
    public void JsonLineThatIsNotAnOfferIsSaidInFrench(string line, string reason)
    {
        var file = JobAdFileReader.Read("offers.jsonl", Encoding.UTF8.GetBytes($"{{\"id\": \"A1\"}}\n{line}\n{{\"id\": \"A3\"}}\n"));

        var broken = Assert.Single(file.Unreadable);
        Assert.Equal(2L, broken.Rejection.Line);
        Assert.Equal(reason, broken.Rejection.Reason);
    }

    [Fact]
    public void ItemOfTheResultsThatIsNotAnObjectIsSaidInFrench()
    {
        var file = JobAdFileReader.Read("offers.json", Encoding.UTF8.GetBytes("{\"resultats\": [\n{\"id\": \"A1\"},\n[\"A2\"]\n]}"));

        var broken = Assert.Single(file.Unreadable);
        Assert.Equal((3L, "Une offre est un objet JSON, pas un tableau."), (broken.Rejection.Line, broken.Rejection.Reason));
    }

    [Fact]
    public void Utf16ExportWithoutByteOrderMarkReadsLikeItsUtf8Original()
    {
        var text = Encoding.UTF8.GetString(JobAdFixture.Bytes("offres-export.csv"));

        var file = JobAdFileReader.Read("u16.csv", new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(text));

        Assert.Equal(SourceEncoding.Utf16LittleEndian, file.Dialect.Encoding);
        Assert.Equal(JobAdFixture.Read("offres-export.csv").Records.Select(r => r.Fields), file.Records.Select(r => r.Fields));
    }

    [Fact]
    public void Windows1252ExportReadsLikeItsUtf8Original()
    {
        var utf8 = JobAdFixture.Bytes("offres-export.csv");
        var ansi = InputDecoder.Ansi.GetBytes(Encoding.UTF8.GetString(utf8));

        var file = JobAdFileReader.Read("ansi.csv", ansi);

        Assert.Equal(SourceEncoding.Windows1252, file.Dialect.Encoding);
        Assert.Equal("Secrétaire médical / médicale en cabinet de radiologie H/F", file.Records[0].Get(JobAdFields.Title));
    }
}
