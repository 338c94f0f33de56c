using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// Every page, as it opens and with its results shown, passes axe-core's rules (<see cref="BrowserFixture.AssertAccessibleAsync"/>) (WCAG 2.1 A and AA, and Deque's best
/// practices: one main landmark, headings in order, contrast, links told apart from text without colour…). The rules
/// run in the real page, on the styles the browser computed, at a laptop's width and at a phone's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", BrowserFixture.WindowWidth)]
    [InlineData("/apercu", BrowserFixture.WindowWidth)]
    [InlineData("/comparer", BrowserFixture.WindowWidth)]
    [InlineData("/grille-salariale", BrowserFixture.WindowWidth)]
    [InlineData("/parcours", BrowserFixture.WindowWidth)]
    [InlineData("/donnees", BrowserFixture.WindowWidth)]
    [InlineData("/methodologie", BrowserFixture.WindowWidth)]
    [InlineData("/parcours/impression", BrowserFixture.WindowWidth)]
    [InlineData("/page-inexistante", BrowserFixture.WindowWidth)]
    [InlineData("/", BrowserFixture.PhoneWidth)]
    [InlineData("/apercu", BrowserFixture.PhoneWidth)]
    [InlineData("/methodologie", BrowserFixture.PhoneWidth)]
    public async Task APageAsItOpensPassesTheRules(string path, int width)
    {
        var page = await browser.OpenAsync(path, width);

        await BrowserFixture.AssertAccessibleAsync(page, $"{path} at {width} px");
    }

    [Theory]
    [InlineData(BrowserFixture.WindowWidth)]
    [InlineData(BrowserFixture.PhoneWidth)]
    public async Task TheOverviewWithTheChartsFiguresUnfoldedPassesTheRules(int width)
    {
        var page = await browser.OpenAsync("/apercu", width);
        await page.GetByText("Les chiffres du graphique").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Salaire selon l'expérience" })).ToBeVisibleAsync();

        await BrowserFixture.AssertAccessibleAsync(page, $"/apercu with the chart's figures at {width} px");
    }

    [Fact]
    public async Task TheComparisonWithItsResultPassesTheRules()
    {
        var page = await browser.OpenAsync("/comparer");
        await page.GetByTestId("postcode").FillAsync("69003");
        await page.GetByTestId("postcode").PressAsync("Tab");
        await page.GetByTestId("compare").ClickAsync();
        await Assertions.Expect(page.GetByTestId("result-title")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await BrowserFixture.AssertAccessibleAsync(page, "/comparer with its result");
    }

    [Fact]
    public async Task TheGridWithItsResultPassesTheRules()
    {
        var page = await browser.OpenAsync("/grille-salariale");
        await page.GetByTestId("design").ClickAsync();
        await Assertions.Expect(page.GetByTestId("grid-table")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await page.GetByTestId("grid-chart-data").GetByText("Les chiffres du graphique").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Marché par ancienneté" })).ToBeVisibleAsync();

        await BrowserFixture.AssertAccessibleAsync(page, "/grille-salariale with its grid and the chart's figures");
    }

    [Fact]
    public async Task ThePathsWithTheirResultAndTheirPrintViewPassTheRules()
    {
        var page = await browser.OpenAsync("/parcours");
        await page.GetByTestId("postcode").FillAsync("33000");
        await page.GetByTestId("postcode").PressAsync("Tab");
        await page.GetByTestId("plan").ClickAsync();
        await Assertions.Expect(page.GetByTestId("path-row").First).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await page.GetByTestId("trajectory-data").GetByText("Les chiffres du graphique").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Brut mensuel moyen par année" })).ToBeVisibleAsync();

        await BrowserFixture.AssertAccessibleAsync(page, "/parcours with its result and the chart's figures");

        var print = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("print-link").ClickAsync());
        // As OpenAsync does: the prerendered page's head is rendered again once the circuit is live (the title with it).
        await print.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(print.GetByTestId("path-row").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await BrowserFixture.AssertAccessibleAsync(print, "/parcours/impression with a result");
    }

    [Fact]
    public async Task TheDataPageWithAnImportReportPassesTheRules()
    {
        var page = await browser.OpenAsync("/donnees");
        var file = new FilePayload
        {
            Name = "salaires-accessibilite.csv",
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Mixed("accessibilite")),
        };
        await BrowserFixture.ChooseFileAsync(page, "upload-input", file);
        await Assertions.Expect(page.GetByTestId("rejections")).ToBeVisibleAsync();

        await BrowserFixture.AssertAccessibleAsync(page, "/donnees with an import report");

        await BrowserFixture.ChooseFileAsync(page, "upload-input", file);
        await Assertions.Expect(page.GetByTestId("already-imported")).ToBeVisibleAsync();

        await BrowserFixture.AssertAccessibleAsync(page, "/donnees with a file imported again");
    }

    [Fact]
    public async Task TheDataPageWithItsDeleteQuestionOpenPassesTheRules()
    {
        var page = await browser.OpenAsync("/donnees");
        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = "salaires-question.csv",
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Valid("question")),
        });
        var row = page.GetByTestId("import-row").Filter(new() { HasText = "salaires-question.csv" });
        await row.GetByTestId("delete-import").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alertdialog)).ToBeVisibleAsync();

        await BrowserFixture.AssertAccessibleAsync(page, "/donnees with the delete question open");
    }
}
