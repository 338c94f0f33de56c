using System.Text;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>Separators, encodings, Excel's <c>sep=</c> line and English headers are detected.</summary>
public class DialectTests
{
    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('\t')]
    [InlineData('|')]
    public void SeparatorIsDetected(char separator)
    {
        var text = new CsvTextBuilder("Date;Secteur;Région;Salaire;Intitulé du poste", separator)
            .Row("2025-03-01;Privé;84;\"2100,50\";\"Secrétaire, accueil; bloc | tri\"")
            .Text;
        var result = ObservationPipeline.Run("f.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.Equal(separator, result.Dialect!.Separator);
        Assert.Equal(2100.50m, Assert.Single(result.Observations.Rows).Observation.PayAmount);
    }

    [Fact]
    public void ExcelSeparatorLineIsHonouredAndCountsAsALine()
    {
        var text = "sep=,\r\nDate,Secteur,Région,Salaire\r\n2025-03-01,Privé,84,x\r\n";
        var result = ObservationPipeline.Run("f.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.True(result.Dialect!.SeparatorLine);
        Assert.Equal(',', result.Dialect.Separator);
        Assert.Equal(3, Assert.Single(result.Rejections).Line);
    }

    /// <summary>Excel's sep= line ends with the file's line break, a lone CR included (it was read as the header there, and
    /// the file refused as having no known column).</summary>
    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void ExcelSeparatorLineEndsWithAnyLineBreak(string newLine)
    {
        var text = $"sep=,{newLine}Date,Secteur,Région,Salaire{newLine}2025-03-01,Privé,84,2000{newLine}2025-03-01,Privé,84,x{newLine}";
        var result = ObservationPipeline.Run("f.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.Null(result.FileError);
        Assert.True(result.Dialect!.SeparatorLine);
        Assert.Equal(',', result.Dialect.Separator);
        Assert.Equal(1, result.Accepted);
        Assert.Equal(4, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsDetectedAndSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(CsvTextBuilder.French().Row("2025-03-01;Privé;84;2000;Mensuel;Brut;35;CDI").Utf8).ToArray();
        var result = ObservationPipeline.Run("f.csv", bytes, FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.Equal(SourceEncoding.Utf8WithBom, result.Dialect!.Encoding);
        Assert.Equal("Date", result.Header[0]);
        Assert.Equal(1, result.Accepted);
    }

    [Fact]
    public void Utf16WithByteOrderMarkIsRead()
    {
        var text = CsvTextBuilder.French().Row("2025-03-01;Privé;Île-de-France;2000;Mensuel;Brut;35;CDI").Text;
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var result = ObservationPipeline.Run("f.csv", bytes, FakePayLookups.Instance, CsvTextBuilder.Options());
        Assert.Equal(SourceEncoding.Utf16LittleEndian, result.Dialect!.Encoding);
        Assert.Equal("11", Assert.Single(result.Observations.Rows).Observation.Region.Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithoutByteOrderMarkIsRead(bool bigEndian)
    {
        // As `iconv -t utf-16le` writes it: no byte order mark, a NUL beside every ASCII character.
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        var bytes = encoding.GetBytes("Date;Secteur;Région;Salaire\r\n2024-01-01;Privé;Bretagne;1900\r\n");

        var result = ObservationPipeline.Run("u16.csv", bytes, FakePayLookups.Instance, CsvTextBuilder.Options());

        Assert.Null(result.FileError);
        Assert.Equal(bigEndian ? SourceEncoding.Utf16BigEndian : SourceEncoding.Utf16LittleEndian, result.Dialect!.Encoding);
        Assert.Equal(["Date", "Secteur", "Région", "Salaire"], result.Header);
        Assert.Equal((1L, 1L), (result.Read, result.Accepted));
        Assert.Equal(1900m, Assert.Single(result.Observations.Rows).Observation.PayAmount);
    }

    [Theory]
    [InlineData("Date;Secteur;Région;Salaire\n2024-01-01;Privé;Bretagne;1900\n")]
    [InlineData("Date;Secteur;Région;Salaire\n2024-01-01;Privé;Bretagne;1900\0\n")]
    public void TextWithAFewNulBytesIsNotTakenForUtf16(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Null(InputDecoder.Utf16WithoutBom(bytes));

        var result = ObservationPipeline.Run("f.csv", bytes, FakePayLookups.Instance, CsvTextBuilder.Options());

        // Read as UTF-8 text, whose NUL then refuses it whole (LateNulTests), not as UTF-16.
        if (text.Contains('\0'))
            Assert.Equal("Ce fichier contient des données binaires (un octet nul à la ligne 2), pas du texte : enregistrez vos données au format CSV.",
                result.FileError);
        else Assert.Equal(SourceEncoding.Utf8, result.Dialect!.Encoding);
    }

    [Fact]
    public void EnglishCanonicalHeadersAndCodesAreRead()
    {
        var text = "date,sector,region,pay_amount,pay_basis,gross_or_net,employer_type,size_band,specialty,contract,gender,synthetic\n" +
                   "2025-03-01,private,84,2100.5,monthly,gross,centre-sante,250+,paediatrics,cdd,m,true\n";
        var result = ObservationPipeline.Run("f.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance, CsvTextBuilder.Options());
        var o = Assert.Single(result.Observations.Rows).Observation;
        Assert.Equal(Domain.Codes.EmployerType.CentreSante, o.Employer);
        Assert.Equal(Domain.Codes.SizeBand.From250, o.Size);
        Assert.Equal(Domain.Codes.Specialty.Paediatrics, o.Specialty);
        Assert.True(o.Synthetic);
    }

    /// <summary>The CSV reader passes over empty lines before the header as it does between records; the separator is
    /// then detected on the header, not on the empty first line (a comma-separated file was refused: "En-tête non
    /// reconnu"), and the lines count the empty ones (physical lines: 1 empty, 2 the header, 3 and 4 the records).</summary>
    [Theory]
    [InlineData(',', "\r\n")]
    [InlineData(',', "\n")]
    [InlineData(';', "\r\n")]
    public void EmptyLinesBeforeTheHeaderAreSkippedAndCounted(char separator, string newLine)
    {
        var text = newLine + new CsvTextBuilder("Date;Secteur;Région;Salaire", separator, newLine)
            .Row("2025-03-01;Privé;84;2000").Row("2025-03-01;Privé;Lune;2000").Text;

        var result = ObservationPipeline.Run("f.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance, CsvTextBuilder.Options());

        Assert.Null(result.FileError);
        Assert.Equal(separator, result.Dialect!.Separator);
        Assert.Equal((2L, 1L), (result.Read, result.Accepted));
        Assert.Equal(3, Assert.Single(result.Observations.Rows).Line);
        Assert.Equal((4L, "Région"), (Assert.Single(result.Rejections).Line, Assert.Single(result.Rejections).Column));
    }

    /// <summary>An empty first row of a spreadsheet (";;;;", or ",,,," once saved with commas) before the header is passed
    /// over as blank records are, and counted as a line; it was read as the header and the file refused ("En-tête non
    /// reconnu"). Physical lines: 1 and 2 blank, 3 the header, 4 and 5 the records.</summary>
    [Theory]
    [InlineData(';', ";;;\r\n\r\n")]
    [InlineData(',', ",,,\r\n ; \r\n")]
    public void RowsOfSeparatorsBeforeTheHeaderArePassedOver(char separator, string before)
    {
        var text = before + new CsvTextBuilder("Date;Secteur;Région;Salaire", separator, "\r\n")
            .Row("2025-03-01;Privé;84;2000").Row("2025-03-01;Privé;Lune;2000").Text;

        var result = ObservationPipeline.Run("f.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance, CsvTextBuilder.Options());

        Assert.Null(result.FileError);
        Assert.Equal(separator, result.Dialect!.Separator);
        Assert.Equal(["Date", "Secteur", "Région", "Salaire"], result.Header);
        Assert.Equal(4, Assert.Single(result.Observations.Rows).Line);
        Assert.Equal(5, Assert.Single(result.Rejections).Line);
    }
}
