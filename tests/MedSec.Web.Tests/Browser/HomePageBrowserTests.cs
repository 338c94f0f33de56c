using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class HomePageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AUserComputesTheBasePayOfAnAmaClasseNormaleEchelon13()
    {
        var page = await browser.OpenAsync("/");

        await page.GetByTestId("grade").ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Option, new() { Name = "Assistant médico-administratif, classe normale (AMA-CN)" }).ClickAsync();
        await page.GetByTestId("echelon").FillAsync("13");
        await page.GetByTestId("date").FillAsync("01/06/2024");
        await page.GetByTestId("date").PressAsync("Tab");
        await page.GetByTestId("cti").UncheckAsync();
        await page.GetByTestId("compute").ClickAsync();

        var basePay = await page.GetByTestId("pay-base").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "home");
        // Décret 2007-1185 grid (AMA-CN échelon 13: IM 508) × point 5 907,34 € (décret 2023-519): 508 × 5907.34 / 1200.
        Assert.Equal("2 500,77 €", Text.Normalize(basePay));
        Assert.Equal("0,00 €", Text.Normalize(await page.GetByTestId("pay-cti").InnerTextAsync()));
    }
}
