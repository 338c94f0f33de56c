using System.Text;
using MedSec.Data.Exports;

namespace MedSec.Data.Tests.Exports;

public class CsvExportTests
{
    private static string Text(ExportTable table) => Encoding.UTF8.GetString(CsvExport.ToBytes(table).AsSpan(3));

    [Fact]
    public void TheFileStartsWithAUtf8ByteOrderMarkSoExcelReadsTheAccents() =>
        Assert.Equal([0xEF, 0xBB, 0xBF], CsvExport.ToBytes(ExportSamples.Table()).Take(3));

    [Fact]
    public void NumbersHaveADecimalCommaNoThousandsSeparatorAndSemicolonsSeparateTheFields()
    {
        var lines = Text(ExportSamples.Table()).Split("\r\n");

        Assert.Equal("Libellé;Niveau;Brut;Compa-ratio;Écart (%);Date;Alerte", lines[0]);
        Assert.Equal("Positionnement 5;1;1823,03;0,957;6,50;2026-03-01;oui", lines[1]);
        Assert.Equal("\"Coordinatrice; \"\"senior\"\"\";2;12345,60;1,000;;;non", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Niveau 1", "Niveau 1")]
    public void TextASpreadsheetWouldTakeForAFormulaIsDefused(string text, string written) =>
        Assert.Equal(written, CsvExport.Field(ExportKind.Text, text));

    [Fact]
    public void ALineBreakInsideAFieldIsQuoted() =>
        Assert.Equal("\"ligne 1\nligne 2\"", CsvExport.Field(ExportKind.Text, "ligne 1\nligne 2"));

    [Fact]
    public void NotesFollowTheRowsAfterAnEmptyLine()
    {
        var lines = Text(ExportSamples.Table(["Données synthétiques.", "Charges : estimation; hypothèse."])).Split("\r\n");

        Assert.Equal(["", "Données synthétiques.", "\"Charges : estimation; hypothèse.\"", ""], lines[3..]);
    }

    [Fact]
    public void ARowWithTheWrongNumberOfValuesIsRefused() =>
        Assert.Throws<ArgumentException>(() => CsvExport.ToBytes(new ExportTable("T", ExportSamples.Columns, [["x"]], [])));
}
