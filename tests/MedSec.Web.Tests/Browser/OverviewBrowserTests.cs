using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class OverviewBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AVisitorSeesTheThreeSectorsTheChartWithItsFloorsAndTheSyntheticLabel()
    {
        var page = await browser.OpenAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Vue d'ensemble" }).ClickAsync();
        await page.WaitForURLAsync("**/apercu");

        await Assertions.Expect(page.GetByTestId("synthetic-label")).ToContainTextAsync("synthétiques");
        foreach (var sector in new[] { "public", "private", "remote" })
            await Assertions.Expect(page.GetByTestId($"sector-{sector}").GetByTestId("median")).ToContainTextAsync("€");
        // One image for assistive technology: the drawing for the other screen width is hidden from it too.
        var chart = page.GetByTestId("experience-chart").GetByRole(AriaRole.Img);
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(chart).ToContainTextAsync("SMIC mensuel");
        await Assertions.Expect(page.GetByTestId("floor-smic")).ToBeVisibleAsync();
        Assert.True(await page.GetByTestId("region-row").CountAsync() >= 13);
        await BrowserFixture.ScreenshotAsync(page, "apercu");
    }
}
