using MedSec.Data.Exports;
using MiniExcelLibs;

namespace MedSec.Data.Tests.Exports;

public class XlsxExportTests
{
    private static List<IDictionary<string, object>> Sheet(byte[] xlsx, string name)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>()];
    }

    [Fact]
    public void NumbersAreRealNumbersAndDatesRealDates()
    {
        var xlsx = XlsxExport.ToBytes([ExportSamples.Table()]);

        var rows = Sheet(xlsx, "Grille");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Positionnement 5", rows[0]["Libellé"]);
        Assert.Equal(1d, rows[0]["Niveau"]);
        Assert.Equal(1823.03d, rows[0]["Brut"]);
        Assert.Equal(0.957d, rows[0]["Compa-ratio"]);
        Assert.Equal(6.5d, rows[0]["Écart (%)"]);
        Assert.Equal(new DateTime(2026, 3, 1), rows[0]["Date"]);
        Assert.Equal("oui", rows[0]["Alerte"]);
        Assert.Equal(12345.6d, rows[1]["Brut"]);
        Assert.Null(rows[1]["Écart (%)"]);
    }

    [Fact]
    public void EachTableIsASheetAndTheNotesALastOne()
    {
        var other = new ExportTable("Écarts", [new("Catégorie", ExportKind.Text)], [["A"]], ["Moins de 5 salariés : non publié."]);

        var xlsx = XlsxExport.ToBytes([ExportSamples.Table(["Données synthétiques."]), other]);

        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["Grille", "Écarts", XlsxExport.NotesSheet], MiniExcel.GetSheetNames(stream));
        Assert.Equal(["Données synthétiques.", "Moins de 5 salariés : non publié."], Sheet(xlsx, XlsxExport.NotesSheet).Select(r => r["Note"]));
    }

    [Fact]
    public void TheAmountsCarryAEuroNumberFormat()
    {
        var xlsx = XlsxExport.ToBytes([ExportSamples.Table()]);

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        var xml = styles.ReadToEnd();
        Assert.Contains("formatCode=\"#,##0.00\"", xml);
        Assert.Contains("formatCode=\"yyyy-mm-dd\"", xml);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("Un nom de feuille beaucoup trop long")]
    public void AnInvalidSheetNameIsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => XlsxExport.ToBytes([ExportSamples.Table() with { Name = name }]));
}
