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
    [InlineData("/comparer?region=11&experience=-3", "experience", "Hors limites : de 0 à 50.", "result-title")]
    [InlineData("/parcours?region=11&experience=-3&role=secretary&years=10", "experience", "Hors limites : de 0 à 50.", "paths-title")]
    [InlineData("/parcours?region=11&experience=3&role=secretary&years=-2", "years", "Hors limites : de 1 à 40.", "paths-title")]
    public async Task ANegativeNumberInTheAddressIsSaidOnceBesideItsFieldToBeOutOfItsLimits(string path, string field, string message, string result)
    {
        // The field showed -3 with "Hors limites : de 0 à 50." under it while the answer area said it again in the rules'
        // words: the address's values now go through the form's own checks, as a reader's submission does, and the focus
        // goes to the field to correct.
        var page = await browser.OpenAsync(path);
        var input = page.GetByTestId(field);

        await Assertions.Expect(input).ToBeFocusedAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(input).ToHaveAccessibleDescriptionAsync(message);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(message);
        await Assertions.Expect(page.Locator(".answer-region").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId(result)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("lisible")).ToHaveCountAsync(0);
    }
}
