using System.Text.RegularExpressions;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// The Menu button tells a screen reader whether the menu it opens is shown (WAI-ARIA's disclosure pattern:
/// aria-expanded on the button, aria-controls naming the menu), on a phone where it lies over the page and on a
/// laptop where it stands beside it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MenuStateBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task OnAPhoneTheButtonSaysTheMenuIsClosedThenOpenThenClosedAgain()
    {
        var page = await browser.OpenAsync("/", BrowserFixture.PhoneWidth);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var drawer = page.Locator("aside.mud-drawer");
        await Assertions.Expect(drawer).ToHaveClassAsync(Closed());
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(drawer).ToHaveClassAsync(Open());
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(drawer).ToHaveClassAsync(Closed());
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task OnALaptopTheButtonSaysTheMenuIsShownUntilItIsHidden()
    {
        var page = await browser.OpenAsync("/");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var drawer = page.Locator("aside.mud-drawer");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");

        await button.ClickAsync();

        await Assertions.Expect(drawer).ToHaveClassAsync(Closed());
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task TheButtonNamesTheMenuItControls()
    {
        var page = await browser.OpenAsync("/");
        var controls = await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).GetAttributeAsync("aria-controls");

        Assert.False(string.IsNullOrEmpty(controls));
        await Assertions.Expect(page.Locator($"#{controls}")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"#{controls}").GetByRole(AriaRole.Link, new() { Name = "Accueil" })).ToHaveCountAsync(1);
    }

    [GeneratedRegex("mud-drawer--closed")]
    private static partial Regex Closed();

    [GeneratedRegex("mud-drawer--open")]
    private static partial Regex Open();
}
