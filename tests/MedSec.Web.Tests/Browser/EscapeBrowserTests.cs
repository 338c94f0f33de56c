using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// Escape closes what opened over the page (WAI-ARIA's dialog pattern), from the keyboard alone, and gives the keyboard
/// back to the page: a reader who opened it by mistake is not stuck with a mouse-only way out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EscapeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task EscapeClosesTheDeleteQuestionAndDeletesNothing()
    {
        var page = await browser.OpenAsync("/donnees");
        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = "salaires-echap.csv",
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Valid("escape")),
        });
        var row = page.GetByTestId("import-row").Filter(new() { HasText = "salaires-echap.csv" });
        await Assertions.Expect(row).ToBeVisibleAsync();

        await row.GetByTestId("delete-import").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Alertdialog);
        await Assertions.Expect(question).ToContainTextAsync("salaires-echap.csv");
        // The dialog hears keys once it has taken the focus (a reader's Escape comes after they have read it).
        await Assertions.Expect(question.Locator(":focus")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(question).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnAPhoneEscapeClosesTheMenuAndGivesTheFocusBackToItsButton()
    {
        var page = await browser.OpenAsync("/", BrowserFixture.PhoneWidth);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var drawer = page.Locator("aside.mud-drawer");
        var firstLink = drawer.GetByRole(AriaRole.Link, new() { Name = "Vue d'ensemble" });
        // The drawer learns the window is a phone's (and closes) a moment after the circuit is live.
        await Assertions.Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(firstLink).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Accueil" })).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(firstLink).Not.ToBeInViewportAsync();
        await Assertions.Expect(button).ToBeFocusedAsync();
    }

    [Fact]
    public async Task OnALaptopEscapeLeavesTheMenuBesideThePage()
    {
        var page = await browser.OpenAsync("/");
        var link = page.Locator("aside.mud-drawer").GetByRole(AriaRole.Link, new() { Name = "Vue d'ensemble" });
        await link.FocusAsync();

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(link).ToBeInViewportAsync();
    }
}
