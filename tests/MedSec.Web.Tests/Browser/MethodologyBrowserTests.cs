using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MethodologyBrowserTests(BrowserFixture browser)
{
    private static readonly System.Text.RegularExpressions.Regex SmicSources = new(@"^Sources — SMIC \(\d+\)$");

    [Fact]
    public async Task AVisitorReachesTheSourcesFromTheMenuAndOpensTheSmicSources()
    {
        var page = await browser.OpenAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Méthode et sources" }).ClickAsync();
        await page.WaitForURLAsync("**/methodologie");
        // The count is the SMIC rows' distinct sources (2022-05-01's names the arrêté the research misdated).
        await page.GetByText(SmicSources).ClickAsync();

        var smicRow = page.GetByTestId("reference-table").Filter(new() { HasText = "smic.csv" });
        await Assertions.Expect(smicRow).ToContainTextAsync("01/01/2020");
        var smicSources = page.Locator(".mud-expand-panel").Filter(new() { HasTextRegex = new(@"Sources — SMIC \(\d+\)") }).Locator(".source-list li");
        await Assertions.Expect(smicSources.First).ToContainTextAsync("openfisca");
        await Assertions.Expect(smicSources.First).ToBeVisibleAsync();
        await Assertions.Expect(smicSources.Filter(new() { HasText = "MTRT2211753A" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("honesty")).ToContainTextAsync("synthétiques");
        await BrowserFixture.ScreenshotAsync(page, "methodologie");
    }
}
