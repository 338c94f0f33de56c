using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// A comparison or a plan is kept in the page's address: Reload, or Back after visiting another page, shows the same
/// profile and its answer again instead of the form's defaults.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AddressStateBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AComparisonComesBackOnReloadAndAfterGoingBack()
    {
        var page = await browser.OpenAsync("/comparer");
        await page.GetByTestId("postcode").FillAsync("33000");
        await page.GetByTestId("experience").FillAsync("2,5");
        await page.GetByTestId("compare").ClickAsync();
        const string answer = "2,5\u00a0ans d'expérience en Nouvelle-Aquitaine";
        await Assertions.Expect(page.GetByTestId("result-title")).ToContainTextAsync(answer, new() { Timeout = 60_000 });
        Assert.Contains("postcode=33000", page.Url);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("result-title")).ToContainTextAsync(answer, new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("postcode")).ToHaveValueAsync("33000");

        await page.GotoAsync("/methodologie");
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByTestId("result-title")).ToContainTextAsync(answer, new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task APlanComesBackOnReload()
    {
        var page = await browser.OpenAsync("/parcours");
        await page.GetByTestId("postcode").FillAsync("13001");
        await page.GetByTestId("plan").ClickAsync();
        await Assertions.Expect(page.GetByTestId("paths-title")).ToContainTextAsync("Provence-Alpes-Côte d'Azur", new() { Timeout = 60_000 });

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("paths-title")).ToContainTextAsync("Provence-Alpes-Côte d'Azur", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("postcode")).ToHaveValueAsync("13001");
    }

    [Fact]
    public async Task AnAddressWithAnUnreadableNumberSaysSoAndComputesNothing()
    {
        var page = await browser.OpenAsync("/comparer?experience=abc&weeklyHours=35");

        await Assertions.Expect(page.GetByTestId("compare-error")).ToContainTextAsync("l'expérience «\u00a0abc\u00a0»");
        await page.WaitForTimeoutAsync(1_000);
        await Assertions.Expect(page.GetByTestId("result-title")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("experience")).ToHaveValueAsync("4");
    }

    [Fact]
    public async Task AnAddressWithoutAProfileShowsTheEmptyFormWithoutAWord()
    {
        var page = await browser.OpenAsync("/comparer?region=11");

        await page.WaitForTimeoutAsync(1_000);
        await Assertions.Expect(page.GetByTestId("result-title")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("compare-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("experience")).ToHaveValueAsync("4");
    }
}
