using System.Text;
using MedSec.Web.Tests.Browser;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace MedSec.Web.Tests.Grid;

/// <summary>The HR journey on "Grille salariale": design a grid, import a payroll, read the gap alert, download the XLSX.</summary>
[Collection(GridBrowserCollection.Name)]
public sealed class GridPageBrowserTests(GridBrowserFixture browser)
{
    private static async Task<IPage> DesignAsync(GridBrowserFixture browser)
    {
        var page = await browser.OpenAsync("/grille-salariale");
        await page.GetByTestId("region").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Auvergne-Rhône-Alpes" }).ClickAsync();
        await page.GetByTestId("employer").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Cabinet médical" }).ClickAsync();
        await page.GetByTestId("date").FillAsync("01/03/2026");
        await page.GetByTestId("date").PressAsync("Tab");
        await page.GetByTestId("design").ClickAsync();
        await page.GetByTestId("grid-table").WaitForAsync();
        return page;
    }

    private static async Task UploadAsync(IPage page, string name, string text)
    {
        await BrowserFixture.ChooseFileAsync(page, "payroll-input", new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(text),
        });
        await page.GetByTestId("payroll-imported").WaitForAsync();
    }

    [Fact]
    public async Task AnHrManagerDesignsAGridImportsAPayrollReadsTheGapAlertAndDownloadsTheXlsx()
    {
        var page = await DesignAsync(browser);

        // IDCC 1147 positionnement 5 is under the SMIC at 2026-03-01: the SMIC (1 823,03 €) is level 1's floor.
        Assert.Contains("1 823,03 €", Text.Normalize(await page.GetByTestId("grid-level-1").InnerTextAsync()));
        Assert.Equal(5, await page.Locator("[data-testid^=grid-level-]").CountAsync());
        Assert.Contains("<svg", await page.GetByTestId("grid-chart").InnerHTMLAsync());

        await UploadAsync(page, "paie-clinique.csv", GridTestData.KnownGapPayroll("UI-"));
        await page.GetByTestId("gap-alert").WaitForAsync();

        var alerts = await page.GetByTestId("gap-alert").AllInnerTextsAsync();
        Assert.Single(alerts);
        Assert.Contains("catégorie « 6 »", Text.Normalize(alerts[0]));
        Assert.Contains("6,0 %", Text.Normalize(alerts[0]));
        Assert.Equal(16, await page.Locator("[data-testid^=staff-UI-]").CountAsync());
        Assert.Contains("estimées", await page.GetByTestId("staff-cost").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "grille-salariale");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        var file = Path.Combine(browser.Factory.Home, download.SuggestedFilename);
        await download.SaveAsAsync(file);

        Assert.Equal("grille-salariale-84-cabinet-2026-03-01.xlsx", download.SuggestedFilename);
        var grid = MiniExcel.Query(file, useHeaderRow: true, sheetName: "Grille").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(5, grid.Count);
        Assert.Equal(1823.03d, grid[0]["Plancher légal"]);
        Assert.Equal("Niveau 5 – Positionnement 9", grid[4]["Libellé"]);
        var gaps = MiniExcel.Query(file, useHeaderRow: true, sheetName: "Écarts").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("oui", gaps.Single(g => (string)g["Catégorie"] == "6")["Alerte 5 %"]);
        Assert.Equal("non", gaps.Single(g => (string)g["Catégorie"] == "7")["Alerte 5 %"]);
        Assert.Equal(16, MiniExcel.Query(file, useHeaderRow: true, sheetName: "Personnel").Count());
    }

    [Fact]
    public async Task TheGridAndTheStaffFitA1280PixelWindowWithTheirLastColumns()
    {
        var page = await DesignAsync(browser);
        await page.SetViewportSizeAsync(BrowserFixture.WindowWidth, 900); // this fixture's pages are 1400 px wide
        await UploadAsync(page, "paie-largeur.csv", GridTestData.KnownGapPayroll("FIT-"));
        await page.GetByTestId("staff-table").WaitForAsync();

        foreach (var table in new[] { "grid-table", "staff-table" })
        {
            // A table wider than the page scrolls sideways in its own box (the MudSimpleTable's root: app.css).
            await BrowserFixture.AssertFitsAsync(page.GetByTestId(table), table);
        }
        await BrowserFixture.AssertEndsWithinAsync(page.Locator("[data-testid^=staff-FIT-]").Last.GetByRole(AriaRole.Link, new() { Name = "Lettre" }),
            BrowserFixture.WindowWidth, "The letter link");
    }

    [Fact]
    public async Task AnImportedPayrollIsDeletedFromThePage()
    {
        var page = await DesignAsync(browser);
        await UploadAsync(page, "paie-a-supprimer.csv", GridTestData.KnownGapPayroll("DEL-"));
        await page.GetByTestId("staff-result").WaitForAsync();
        var id = browser.Factory.MedSec.Grids.Payrolls.Imports().Single(i => i.FileName == "paie-a-supprimer.csv").Id;

        await page.GetByTestId("payroll-delete").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer", Exact = true }).ClickAsync();
        await page.GetByTestId("staff-result").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        Assert.DoesNotContain(browser.Factory.MedSec.Grids.Payrolls.Imports(), i => i.Id == id);
        Assert.Null(browser.Factory.MedSec.Grids.Payrolls.Employees(id));
    }

    [Fact]
    public async Task EveryRejectedPayrollLineIsNamedWithItsColumnAndAFrenchDate()
    {
        var page = await browser.OpenAsync("/grille-salariale");
        // Line 3 (header = 1) is hired in 2099, line 4 has no base salary: both rejected, line 2 accepted.
        await UploadAsync(page, "paie-deux-rejets.csv",
            "Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\n" +
            "REJ-1;F;Secrétaire médicale;6;01/09/2020;1;2000,00;0\r\n" +
            "REJ-2;F;Secrétaire médicale;6;01/02/2099;1;2000,00;0\r\n" +
            "REJ-3;H;Secrétaire médicale;6;01/09/2020;1;;0\r\n");

        Assert.Contains("1 salarié(s) accepté(s), 2 ligne(s) rejetée(s)", await page.GetByTestId("payroll-imported").InnerTextAsync());
        var rows = page.GetByTestId("payroll-rejections").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var future = Text.Normalize(await rows.Nth(0).InnerTextAsync());
        Assert.StartsWith("3", future);
        Assert.Contains("Date d'entrée", future);
        Assert.Contains("01/02/2099", future);
        Assert.DoesNotContain("2099-02-01", future);
        var noBase = Text.Normalize(await rows.Nth(1).InnerTextAsync());
        Assert.StartsWith("4", noBase);
        Assert.Contains("Salaire de base brut", noBase);
    }

    [Fact]
    public async Task TheInformationLetterGivesTheCategoryAveragesBySex()
    {
        var import = browser.Factory.MedSec.Grids.Payrolls.Import("paie-lettre.csv", Encoding.UTF8.GetBytes(GridTestData.KnownGapPayroll("LET-")));

        var page = await browser.OpenAsync($"/grille-salariale/lettre/{import.ImportId}/LET-F6-0?date=2026-03-01");

        var own = Text.Normalize(await page.GetByTestId("letter-own").InnerTextAsync());
        Assert.Contains("1 833,00 €", own);
        var categoryAsShown = await page.GetByTestId("letter-category").InnerTextAsync();
        Assert.Contains("Catégorie «\u00a06\u00a0»", categoryAsShown); // French guillemets hold their word on its line
        var category = Text.Normalize(categoryAsShown);
        // Men of positionnement 6: 2 025 € a month on average, 24 300 € a year; women 0.94 × that.
        Assert.Contains("24 300,00 €", category);
        Assert.Contains("22 842,00 €", category);
        await BrowserFixture.ScreenshotAsync(page, "grille-salariale-lettre");
    }

    [Fact]
    public async Task TheGridWithAPayrollItsGapAlertAndALetterPassTheAccessibilityRules()
    {
        var page = await DesignAsync(browser);
        await UploadAsync(page, "paie-accessibilite.csv", GridTestData.KnownGapPayroll("A11Y-"));
        await page.GetByTestId("gap-alert").WaitForAsync();
        // The upload's outcome takes the keyboard focus (the busy file chooser had dropped it).
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Import de la paie" })).ToBeFocusedAsync();

        // The alerting row, the delete button and the alert are written in the status colours.
        await BrowserFixture.AssertAccessibleAsync(page, "/grille-salariale with a payroll and a gap alert");

        var import = browser.Factory.MedSec.Grids.Payrolls.Imports().Single(i => i.FileName == "paie-accessibilite.csv").Id;
        var letter = await browser.OpenAsync($"/grille-salariale/lettre/{import}/A11Y-F6-0?date=2026-03-01");
        await letter.GetByTestId("letter-category").WaitForAsync();
        await BrowserFixture.AssertAccessibleAsync(letter, "the information letter");
    }

    /// <summary>
    /// Four women and one man in positionnement 8: a woman's letter withholds the men's average (it would be his pay,
    /// directive (UE) 2023/970 art. 12) and says why and who may see it. The note, at a laptop's and a phone's width,
    /// passes the accessibility rules. Women: 1 900, 1 950, 2 000 and 2 050 € a month, a mean of 1 975 €, 23 700 € a year.
    /// </summary>
    [Fact]
    public async Task ALettersWithheldAverageAndItsNotePassTheAccessibilityRulesOnALaptopAndAPhone()
    {
        var text = new StringBuilder("Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\n");
        foreach (var (pay, i) in new[] { "1900,00", "1950,00", "2000,00", "2050,00" }.Select((p, i) => (p, i)))
            text.Append($"SEUL-F8-{i};F;Secrétaire médicale;8;01/09/2020;1;{pay};0\r\n");
        text.Append("SEUL-H8-0;H;Secrétaire médicale;8;01/09/2020;1;2200,00;0\r\n");
        var import = browser.Factory.MedSec.Grids.Payrolls.Import("paie-seul.csv", Encoding.UTF8.GetBytes(text.ToString()));

        var page = await browser.OpenAsync($"/grille-salariale/lettre/{import.ImportId}/SEUL-F8-0?date=2026-03-01");

        var category = Text.Normalize(await page.GetByTestId("letter-category").InnerTextAsync());
        Assert.Contains("23 700,00 €", category);
        Assert.DoesNotContain("26 400,00 €", category); // his own pay, 2 200 € × 12
        Assert.Contains("non communiquée", category);
        var note = page.GetByTestId("letter-withheld");
        var why = Text.Normalize(await note.InnerTextAsync());
        Assert.Contains("art. 12", why);
        Assert.Contains("inspection du travail", why);
        Assert.Contains("Défenseur des droits", why);
        await BrowserFixture.AssertAccessibleAsync(page, "a letter withholding the men's average, 1400 px");
        await page.SetViewportSizeAsync(BrowserFixture.WindowWidth, 900);
        await BrowserFixture.AssertAccessibleAsync(page, "a letter withholding the men's average, 1280 px");

        await page.SetViewportSizeAsync(BrowserFixture.PhoneWidth, 844);
        await BrowserFixture.AssertAccessibleAsync(page, "a letter withholding the men's average, 390 px");
        await BrowserFixture.AssertEndsWithinAsync(note, BrowserFixture.PhoneWidth, "The withheld-average note");
        await BrowserFixture.AssertFitsAsync(note, "The withheld-average note");
        await BrowserFixture.ScreenshotAsync(page, "grille-salariale-lettre-moyenne-retenue-390");
    }
}

