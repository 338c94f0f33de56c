using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PathsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ACounsellorComparesPathsForACardiologySecretaryInBordeauxThenOpensThePrintView()
    {
        var page = await browser.OpenAsync("/parcours");

        await page.GetByTestId("specialty").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Cardiologie" }).ClickAsync();
        await page.GetByTestId("experience").FillAsync("4");
        await page.GetByTestId("postcode").FillAsync("33000");
        await page.GetByTestId("years").FillAsync("10");
        await page.GetByTestId("years").PressAsync("Tab");
        await page.GetByTestId("plan").ClickAsync();

        await Assertions.Expect(page.GetByTestId("paths-title")).ToContainTextAsync("Nouvelle-Aquitaine", new() { Timeout = 60_000 });
        var rows = page.GetByTestId("path-row");
        Assert.True(await rows.CountAsync() >= 2);
        await Assertions.Expect(rows.First.GetByTestId("probability")).ToContainTextAsync("%");
        // One image for assistive technology: the drawing for the other screen width is hidden from it too.
        await Assertions.Expect(page.GetByTestId("trajectory-chart").GetByRole(AriaRole.Img)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("trainings").GetByTestId("training-row").First).ToContainTextAsync("mois");
        await Assertions.Expect(page.GetByTestId("synthetic-label")).ToBeVisibleAsync();
        // The models are said in French, with the identifier the API gives; the caption once read "pay-estimator (LightGbm, sample)".
        await Assertions.Expect(page.GetByTestId("warnings"))
            .ToContainTextAsync("Salaires du marché : estimateur de salaire LightGBM appris au démarrage sur l'échantillon synthétique (pay-estimator).");
        await Assertions.Expect(page.GetByTestId("warnings")).Not.ToContainTextAsync("LightGbm, sample");
        // All eight columns in the 1280 px window, without scrolling the table sideways.
        await BrowserFixture.AssertFitsAsync(page.GetByTestId("paths-table"), "The paths table");
        await BrowserFixture.ScreenshotAsync(page, "parcours");
        var first = await rows.First.Locator(".path-title").InnerTextAsync();

        var print = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("print-link").ClickAsync());
        await print.WaitForLoadStateAsync();

        Assert.Contains("/parcours/impression?postcode=33000", print.Url);
        await Assertions.Expect(print.GetByTestId("print-button")).ToBeVisibleAsync();
        await Assertions.Expect(print.GetByTestId("path-row").First.Locator(".path-title")).ToHaveTextAsync(first);
        await Assertions.Expect(print.Locator(".mud-drawer")).ToHaveCountAsync(0);
        await print.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(print.GetByTestId("print-button")).ToBeHiddenAsync();
        await print.EmulateMediaAsync(new() { Media = Media.Screen });
        await BrowserFixture.ScreenshotAsync(print, "parcours-impression");
    }
}
