using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CompareBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AJobSeekerInLyonWithFourYearsInCardiologyComparesTheThreeSectorsForHerHours()
    {
        var page = await browser.OpenAsync("/comparer");

        await page.GetByTestId("postcode").FillAsync("69003");
        await page.GetByTestId("experience").FillAsync("4");
        await page.GetByTestId("specialty").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Cardiologie" }).ClickAsync();
        await page.GetByTestId("sector").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Privé" }).ClickAsync();
        await page.GetByTestId("hours").FillAsync("28");
        await page.GetByTestId("hours").PressAsync("Tab");
        await page.GetByTestId("compare").ClickAsync();

        var title = page.GetByTestId("result-title");
        await Assertions.Expect(title).ToContainTextAsync("Auvergne-Rhône-Alpes", new() { Timeout = 60_000 });
        foreach (var sector in new[] { "public", "private", "remote" })
            await Assertions.Expect(page.GetByTestId($"column-{sector}").GetByTestId("median")).ToContainTextAsync("€");
        await Assertions.Expect(page.GetByTestId("column-private")).ToContainTextAsync("votre choix");
        await Assertions.Expect(page.GetByTestId("column-private").GetByTestId("at-hours")).ToContainTextAsync("Pour vos 28 h");
        await Assertions.Expect(page.GetByTestId("compare-table")).ToContainTextAsync("Vos 28 h par semaine");
        await Assertions.Expect(page.GetByTestId("hours-net-annual").Locator("td")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("public-grid")).ToContainTextAsync("AMA-CN échelon 5");
        await Assertions.Expect(page.GetByTestId("synthetic-label")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("explanation-private").Locator("li").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "comparer");
    }

    [Fact]
    public async Task AnUnknownPostcodeIsExplained()
    {
        var page = await browser.OpenAsync("/comparer");

        await page.GetByTestId("postcode").FillAsync("00000");
        await page.GetByTestId("compare").ClickAsync();

        // Under the field, not in the answer area (FieldErrorBrowserTests); nothing compared.
        await Assertions.Expect(page.GetByTestId("field-problem")).ToContainTextAsync("Code postal inconnu '00000'", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("compare-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("result-title")).ToHaveCountAsync(0);
    }
}
