using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MethodologyBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AVisitorReachesTheSourcesFromTheMenuAndOpensTheSmicSources()
    {
        var page = await browser.OpenAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Méthode et sources" }).ClickAsync();
        await page.WaitForURLAsync("**/methodologie");
        await page.GetByText("Sources — SMIC (1)").ClickAsync();

        var smicRow = page.GetByTestId("reference-table").Filter(new() { HasText = "smic.csv" });
        await Assertions.Expect(smicRow).ToContainTextAsync("01/01/2020");
        var smicSources = page.Locator(".mud-expand-panel").Filter(new() { HasText = "Sources — SMIC (1)" }).Locator(".source-list li");
        await Assertions.Expect(smicSources).ToContainTextAsync("openfisca");
        await Assertions.Expect(smicSources).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("honesty")).ToContainTextAsync("synthétiques");
        await BrowserFixture.ScreenshotAsync(page, "methodologie");
    }
}
