using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// An address edited by hand to a negative number (experience=-3) is a number out of its limits, and the page says that,
/// as it does for 60 years: it had said "« -3 », qui n'est pas un nombre lisible", sending the reader to look for a typo in
/// a number they had written plainly.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NegativeAddressBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/comparer?region=11&experience=-3", "compare-error", "result-title")]
    [InlineData("/parcours?region=11&experience=-3&role=secretary&years=10", "paths-error", "paths-title")]
    [InlineData("/parcours?region=11&experience=3&role=secretary&years=-2", "paths-error", "paths-title")]
    public async Task ANegativeNumberInTheAddressIsSaidToBeOutOfItsLimits(string path, string error, string result)
    {
        var page = await browser.OpenAsync(path);

        var message = page.GetByTestId(error);
        await Assertions.Expect(message).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(message).ToContainTextAsync("-");
        await Assertions.Expect(message).Not.ToContainTextAsync("lisible");
        await Assertions.Expect(message).ToContainTextAsync(new System.Text.RegularExpressions.Regex("entre 0 et|entre 1 et|de 0 à|de 1 à"));
        await Assertions.Expect(page.GetByTestId(result)).ToHaveCountAsync(0);
    }
}
