using System.Text.RegularExpressions;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// Deleting an import from the keyboard alone, as WAI-ARIA's alert dialog pattern has it: the question is an alert dialog
/// named by its title and described by its text, it opens on the safe choice ("Annuler"), Escape gives the focus back to
/// the button that asked, and once an import is deleted the focus lands on what says so. MudBlazor's message box opened
/// on "Supprimer", and after a deletion the focus stayed on the next row's delete button: Enter twice deleted two imports.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeletionQuestionBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheQuestionOpensOnCancelEscapeGivesTheFocusBackAndADeletionIsSaidWhereTheFocusLands()
    {
        var page = await browser.OpenAsync("/donnees");
        // Two imports, the one to delete listed first (newest first): its row's button is followed by another's.
        await ImportAsync(page, "salaires-garde.csv", "deletion-kept");
        await ImportAsync(page, "salaires-supprime.csv", "deletion-gone");
        var row = page.GetByTestId("import-row").Filter(new() { HasText = "salaires-supprime.csv" });
        var id = await row.GetAttributeAsync("data-import-id");
        var delete = row.GetByTestId("delete-import");

        await delete.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Supprimer l'import ?" });
        await Assertions.Expect(question).ToHaveAccessibleDescriptionAsync(
            new Regex($"^L'import n° {id} \\(salaires-supprime\\.csv\\) sera supprimé, avec .+\\.$"));
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Annuler" })).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(question).ToHaveCountAsync(0);
        await Assertions.Expect(delete).ToBeFocusedAsync();
        await Assertions.Expect(row).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Annuler" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Supprimer" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(row).ToHaveCountAsync(0);
        var region = page.GetByRole(AriaRole.Region, new() { Name = "Import supprimé" });
        await Assertions.Expect(region).ToBeFocusedAsync();
        await Assertions.Expect(region).ToContainTextAsync($"Import n° {id} (salaires-supprime.csv) supprimé, avec 2 observations.");
        // Enter again deletes nothing more: the other import stays.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alertdialog)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("import-row").Filter(new() { HasText = "salaires-garde.csv" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnAPhoneTheQuestionFitsItsButtonsAreInSightAndEscapeGivesTheFocusBack()
    {
        var page = await browser.OpenAsync("/donnees", BrowserFixture.PhoneWidth);
        await page.SetViewportSizeAsync(BrowserFixture.PhoneWidth, 844);
        await ImportAsync(page, "salaires-telephone.csv", "deletion-phone");
        var row = page.GetByTestId("import-row").Filter(new() { HasText = "salaires-telephone.csv" });

        await AssertTheQuestionFitsAPhoneAsync(page, row.GetByTestId("delete-import"), "Supprimer l'import ?");
        await Assertions.Expect(row).ToBeVisibleAsync();
    }

    /// <summary>On a phone held upright (390 × 844), the question fits the window whole, its two buttons are in sight, named,
    /// and each big enough to touch (WCAG 2.5.8: 24 × 24 px at least), and Escape gives the focus back.</summary>
    internal static async Task AssertTheQuestionFitsAPhoneAsync(IPage page, ILocator asker, string title)
    {
        await asker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Alertdialog, new() { Name = title });
        await Assertions.Expect(question).ToBeVisibleAsync();
        var box = await question.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= BrowserFixture.PhoneWidth, $"The question spans {box.X} to {box.X + box.Width} px in a {BrowserFixture.PhoneWidth} px window.");
        Assert.True(box.Y >= 0 && box.Y + box.Height <= 844, $"The question spans {box.Y} to {box.Y + box.Height} px in an 844 px window.");
        await BrowserFixture.AssertFitsAsync(question, "The question");
        foreach (var name in new[] { "Annuler", "Supprimer" })
        {
            var button = question.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
            await Assertions.Expect(button).ToBeInViewportAsync(new() { Ratio = 1 });
            var b = await button.BoundingBoxAsync();
            Assert.True(b is { Width: >= 24, Height: >= 24 }, $"« {name} » is {b?.Width} × {b?.Height} px.");
        }
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Annuler" })).ToBeFocusedAsync();
        await BrowserFixture.AssertAccessibleAsync(page, $"« {title} » at {BrowserFixture.PhoneWidth} px");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(question).ToHaveCountAsync(0);
        await Assertions.Expect(asker).ToBeFocusedAsync();
    }

    private static async Task ImportAsync(IPage page, string name, string seed)
    {
        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Valid(seed)),
        });
        await Assertions.Expect(page.GetByTestId("import-row").Filter(new() { HasText = name })).ToBeVisibleAsync();
    }
}
