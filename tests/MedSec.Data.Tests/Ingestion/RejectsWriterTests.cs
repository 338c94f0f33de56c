using System.Text;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>Rejected records are written back in the input's own format, ready to be fixed and imported again.</summary>
public class RejectsWriterTests
{
    [Fact]
    public void RejectsOfAWindows1252FileAreWrittenInWindows1252WithItsHeaderAndLineBreaks()
    {
        var text = "Date;Secteur;Région;Salaire;Intitulé du poste\r\n" +
                   "2025-03-01;Privé;84;2000;Secrétaire\r\n" +
                   "2025-03-01;Privé;84;deux mille;\"Secrétaire\r\nmédicale\"\r\n" +
                   "2025-03-01;Privé;Lune;2000;Télésecrétaire\r\n";
        var input = InputDecoder.Ansi.GetBytes(text);
        var result = ObservationPipeline.Run("f.csv", input, FakePayLookups.Instance, CsvTextBuilder.Options());
        using var output = new MemoryStream();
        RejectsWriter.Write(output, result);

        var expected = "Date;Secteur;Région;Salaire;Intitulé du poste\r\n" +
                       "2025-03-01;Privé;84;deux mille;\"Secrétaire\r\nmédicale\"\r\n" +
                       "2025-03-01;Privé;Lune;2000;Télésecrétaire\r\n";
        Assert.Equal(InputDecoder.Ansi.GetBytes(expected), output.ToArray());

        var again = ObservationPipeline.Run("rejects.csv", output.ToArray(), FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.Equal(SourceEncoding.Windows1252, again.Dialect!.Encoding);
        Assert.Equal(result.Rejections.Select(r => (r.Column, r.Reason)), again.Rejections.Select(r => (r.Column, r.Reason)));
    }

    [Fact]
    public void RejectsOfAUtf8FileWithBomAndSeparatorLineKeepBoth()
    {
        var text = "sep=,\nDate,Secteur,Région,Salaire\n2025-03-01,Privé,84,x\n";
        var input = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var result = ObservationPipeline.Run("f.csv", input, FakePayLookups.Instance, CsvTextBuilder.Options());
        using var output = new MemoryStream();
        RejectsWriter.Write(output, result);
        Assert.Equal(input, output.ToArray());
    }

    /// <summary>The header after an empty first line (and after Excel's sep= line) is the rejects file's header: the empty
    /// line was written in its place, and the file then read its first rejected record as a header.</summary>
    [Theory]
    [InlineData("\r\n")]
    [InlineData("sep=;\r\n\r\n\r\n")]
    public void RejectsOfAFileWithEmptyLinesBeforeTheHeaderStartWithTheHeader(string before)
    {
        var text = before + "Date;Secteur;Région;Salaire\r\n2025-03-01;Privé;84;2000\r\n2025-03-01;Privé;Lune;2000\r\n";
        var result = ObservationPipeline.Run("f.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance, CsvTextBuilder.Options());
        using var output = new MemoryStream();
        RejectsWriter.Write(output, result);

        var separatorLine = before.StartsWith("sep=", StringComparison.Ordinal) ? "sep=;\r\n" : "";
        Assert.Equal(separatorLine + "Date;Secteur;Région;Salaire\r\n2025-03-01;Privé;Lune;2000\r\n", Encoding.UTF8.GetString(output.ToArray()));
        var again = ObservationPipeline.Run("rejects.csv", output.ToArray(), FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.Equal((1L, 1L), (again.Read, again.Rejected));
        Assert.Equal("Région", Assert.Single(again.Rejections).Column);
    }

    /// <summary>A file whose lines end with a lone CR (Excel for Mac's "CSV Macintosh") gets its rejects with CRs too, not
    /// LFs, and they read back with the same lines.</summary>
    [Fact]
    public void RejectsOfAFileWithCarriageReturnsOnlyAreWrittenWithCarriageReturns()
    {
        var text = "Date;Secteur;Région;Salaire\r2025-03-01;Privé;84;2000\r2025-03-01;Privé;Lune;2000\r2025-03-01;Privé;84;x\r";
        var input = InputDecoder.Ansi.GetBytes(text);
        var result = ObservationPipeline.Run("mac.csv", input, FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.Equal([3L, 4L], result.Rejections.Select(r => r.Line));
        using var output = new MemoryStream();
        RejectsWriter.Write(output, result);

        Assert.Equal(InputDecoder.Ansi.GetBytes("Date;Secteur;Région;Salaire\r2025-03-01;Privé;Lune;2000\r2025-03-01;Privé;84;x\r"), output.ToArray());
        var again = ObservationPipeline.Run("rejects.csv", output.ToArray(), FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.Equal([2L, 3L], again.Rejections.Select(r => r.Line));
    }
}
