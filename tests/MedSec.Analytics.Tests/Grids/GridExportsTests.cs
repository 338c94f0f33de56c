using System.Text;
using MedSec.Analytics.Grids;
using MedSec.Analytics.Tests.Pay;
using MiniExcelLibs;
using static MedSec.Analytics.Tests.Grids.Payrolls;

namespace MedSec.Analytics.Tests.Grids;

public class GridExportsTests
{
    private static GridDesign Design(bool payroll)
    {
        var book = new MemoryPayrollBook();
        var id = book.Add("paie.csv", KnownGap());
        var service = new GridDesignService(RealReference.Services.Reference, RealReference.Service, new StubMarket(_ => 2100m, synthetic: true), book);
        return service.Design(GridRequestParser.Design("75", "cabinet", "60", "5", "3", "1147", "2026-03-01", payroll ? id.ToString() : null));
    }

    private static List<IDictionary<string, object>> Sheet(byte[] xlsx, string name)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>()];
    }

    [Fact]
    public void TheWorkbookHoldsTheGridTheMarketTheJobAdsTheStaffTheCostTheGapsAndTheNotes()
    {
        using var stream = new MemoryStream(GridExports.Xlsx(Design(payroll: true)));

        Assert.Equal(["Grille", "Marché", "Annonces", "Personnel", "Coût", "Écarts", "Notes"], MiniExcel.GetSheetNames(stream));
    }

    [Fact]
    public void TheGridSheetHasOneRowPerLevelWithRealNumbersEqualToTheDesign()
    {
        var design = Design(payroll: false);

        var rows = Sheet(GridExports.Xlsx(design), "Grille");

        Assert.Equal(5, rows.Count);
        for (var l = 0; l < 5; l++)
        {
            Assert.Equal((double)design.Levels[l].Floor, rows[l]["Plancher légal"]);
            Assert.Equal((double)design.Levels[l].Steps[0].MonthlyGross, rows[l]["0 an"]);
            Assert.Equal((double)design.Levels[l].Steps[2].MonthlyGross, rows[l]["5 ans"]);
        }
        Assert.Equal("SMIC", rows[0]["Plancher fixé par"]);
    }

    [Fact]
    public void TheNotesSayTheMarketIsSyntheticAndTheChargesAnEstimate()
    {
        var notes = Sheet(GridExports.Xlsx(Design(payroll: true)), "Notes").Select(r => ((string)r["Note"]).Replace('\u00a0', ' ')).ToList();

        Assert.Contains(notes, n => n.Contains("synthétiques", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Charges patronales estimées à 35 %", StringComparison.Ordinal));
    }

    [Fact]
    public void TheNotesAreDatedAndInEurosAsTheSheetsAre()
    {
        var notes = Sheet(GridExports.Xlsx(Design(payroll: true)), "Notes").Select(r => ((string)r["Note"]).Replace('\u00a0', ' ').Replace('\u202f', ' ')).ToList();

        // The design's date (2026-03-01) and IDCC 1147's last avenant (2024-01-01), as a French reader writes them.
        Assert.Contains(notes, n => n.StartsWith("Grille MedSec au 01/03/2026", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("inchangé depuis le 01/01/2024", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => System.Text.RegularExpressions.Regex.IsMatch(n, @"(?<!')\b20\d\d-\d\d-\d\d\b"));
    }

    [Fact]
    public void TheStaffAndGapSheetsListEveryEmployeeAndEveryCategory()
    {
        var xlsx = GridExports.Xlsx(Design(payroll: true));

        Assert.Equal(16, Sheet(xlsx, "Personnel").Count);
        var gaps = Sheet(xlsx, "Écarts");
        Assert.Equal(["Ensemble", "6", "7", "9"], gaps.Select(g => g["Catégorie"]));
        Assert.Equal("oui", gaps[1]["Alerte 5 %"]);
        Assert.Equal(6d, gaps[1]["Écart moyen total horaire (%)"]);
        Assert.Equal("non", gaps[3]["Publiée"]);
        Assert.Null(gaps[3]["Effectif"]);
    }

    [Fact]
    public void TheGridCsvHasDecimalCommasAndTheNotesAfterTheRows()
    {
        var design = Design(payroll: false);

        var text = Encoding.UTF8.GetString(GridExports.Csv(design));

        var lines = text.TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Niveau;Libellé;Position conventionnelle;Plancher légal;Plancher fixé par;0 an;2 ans;5 ans", lines[0]);
        Assert.StartsWith("1;Niveau 1 – Positionnement 5;5;1823,03;SMIC;", lines[1]);
        Assert.Contains(lines, l => l.Contains("synthétiques", StringComparison.Ordinal));
    }

    [Fact]
    public void AStaffCsvWithoutPayrollSaysItNeedsOne() =>
        Assert.Contains("demandent une paie importée",
            Assert.Throws<Domain.MedSecInputException>(() => GridExports.Csv(Design(payroll: false), "personnel")).Message);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnUnknownTableListsTheTables(bool payroll) =>
        Assert.Equal("Table 'foo' inconnue : attendu grille, marche, annonces, personnel, cout, ecarts.",
            Assert.Throws<Domain.MedSecInputException>(() => GridExports.Csv(Design(payroll), "foo")).Message);
}
