using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// An error the rules find in one field's value is said beside that field, not in the answer area under the form: the
/// field is marked invalid (aria-invalid) and described by the message (aria-describedby), the message is announced as it
/// appears (role="alert"), and the focus goes to the field to correct (WCAG 2.1, 3.3.1 "Error identification").
/// "Échelon 25 hors de la grille" appeared under the "Calculer" button, far from the échelon on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FieldErrorBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", "echelon", "25", "4", "Rémunération calculée", "Échelon 25 hors de la grille AMA-CN")]
    [InlineData("/", "date", "01/01/1990", "01/06/2024", "Rémunération calculée", "Aucune donnée pour la grille AMA-CN au 01/01/1990")]
    [InlineData("/", "date", "", "01/06/2024", "Rémunération calculée", "Indiquez une date au format jj/mm/aaaa.")]
    [InlineData("/grille-salariale", "date", "01/01/1990", "01/03/2025", "Grille proposée", "Aucun niveau de secrétaire médicale connu pour la convention 2264 au 01/01/1990")]
    public async Task AnErrorOfOneFieldIsSaidBesideItAndTheFocusGoesThere(
        string path, string field, string typed, string corrected, string answer, string message)
    {
        var page = await browser.OpenAsync(path);
        var input = page.GetByTestId(field);

        await input.FillAsync(typed);
        await input.PressAsync("Enter");

        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = message });
        await Assertions.Expect(alert).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(input).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
        await Assertions.Expect(input).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".answer-region").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        // Corrected, the form computes and the field is no longer marked.
        await input.FillAsync(corrected);
        await input.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = answer })).ToContainTextAsync(corrected, new() { Timeout = 60_000 });
        await Assertions.Expect(alert).ToHaveCountAsync(0);
        await Assertions.Expect(input).Not.ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Theory]
    [InlineData("/", "echelon", "25", "4", "Échelon 25 hors de la grille AMA-CN")]
    [InlineData("/", "date", "01/01/1990", "01/06/2024", "Aucune donnée pour la grille AMA-CN au 01/01/1990")]
    [InlineData("/grille-salariale", "date", "01/01/1990", "01/03/2025", "Aucun niveau de secrétaire médicale connu pour la convention 2264 au 01/01/1990")]
    public async Task AnErrorOfOneFieldGoesAsSoonAsTheFieldIsChanged(string path, string field, string typed, string changed, string message)
    {
        // "Échelon 25 hors de la grille" stayed under an échelon changed to 4, the field still aria-invalid, until the
        // next submission: the message spoke of a value no longer in the field.
        var page = await browser.OpenAsync(path);
        var input = page.GetByTestId(field);
        await input.FillAsync(typed);
        await input.PressAsync("Enter");
        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = message });
        await Assertions.Expect(alert).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        await input.FillAsync(changed);
        await input.PressAsync("Tab");

        await Assertions.Expect(alert).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("field-problem")).ToHaveCountAsync(0);
        await Assertions.Expect(input).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(input).Not.ToHaveAttributeAsync("aria-describedby", new Regex("field-message"));

        // Back to the value refused, the rules' word on it stands again (it was said of that value).
        await input.FillAsync(typed);
        await input.PressAsync("Tab");
        await Assertions.Expect(alert).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData("/", "echelon", "trois", "Nombre illisible")]
    [InlineData("/", "date", "32/13/2024", "Date illisible")]
    [InlineData("/comparer", "hours", "abc", "Nombre illisible")]
    [InlineData("/grille-salariale", "date", "hier", "Date illisible")]
    public async Task TextAFieldCannotReadIsAnnouncedOnceAndDescribesTheField(string path, string field, string typed, string message)
    {
        // MudBlazor's own messages were tied to the field but in no live region: a screen reader did not say them as
        // they appeared, where it says the rules' errors (role="alert").
        var page = await browser.OpenAsync(path);
        var input = page.GetByTestId(field);

        await input.FillAsync(typed);
        await input.PressAsync("Enter");

        var live = page.Locator("[role=alert], [role=status], [aria-live=polite], [aria-live=assertive]").Filter(new() { HasText = message });
        await Assertions.Expect(live).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText(message)).ToHaveCountAsync(1);
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(input).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
        // The text the message speaks of stays to be corrected, also once the field is left.
        await input.PressAsync("Tab");
        await Assertions.Expect(input).ToHaveValueAsync(typed);
        await Assertions.Expect(live).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData("/comparer", "99999", "Code postal inconnu '99999'", "69003")]
    [InlineData("/comparer", "123", "Code postal inconnu '123'", "69003")]
    [InlineData("/parcours", "99999", "Code postal inconnu '99999'", "33000")]
    [InlineData("/parcours", "12", "Code postal inconnu '12'", "33000")]
    public async Task AnUnknownPostcodeIsSaidBesideItsFieldOnceAndComputesNothing(string path, string typed, string message, string known)
    {
        // /comparer said "Code postal inconnu" in its answer area under the button, and once more under the field
        // (MudBlazor's text, announced by neither); a code still being typed (123) was said in the answer area only.
        var page = await browser.OpenAsync(path);
        var input = page.GetByTestId("postcode");

        await input.FillAsync(typed);
        await input.PressAsync("Enter");

        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = message });
        await Assertions.Expect(alert).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByText("Code postal inconnu")).ToHaveCountAsync(1);
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(input).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
        await Assertions.Expect(page.Locator(".answer-region").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId(path == "/comparer" ? "result-title" : "paths-title")).ToHaveCountAsync(0);

        await input.FillAsync(known);
        await input.PressAsync("Tab");
        await Assertions.Expect(alert).ToHaveCountAsync(0);
        await Assertions.Expect(input).Not.ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Theory]
    [InlineData("/comparer?postcode=123&experience=3", "Code postal inconnu '123'")]
    [InlineData("/parcours?postcode=123&experience=3&role=secretary&years=10", "Code postal inconnu '123'")]
    public async Task AnUnknownPostcodeInTheAddressIsSaidBesideItsFieldWithTheFocusThere(string address, string message)
    {
        // A comparison or a plan shown again from its address (Reload, Back, a shared link) refused its postcode in the
        // answer area.
        var page = await browser.OpenAsync(address);
        var input = page.GetByTestId("postcode");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = message })).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(input).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".answer-region").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }
}

