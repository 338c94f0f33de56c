using System.Text;
using MedSec.Web.Tests.Browser;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Grid;

/// <summary>
/// An HR user deletes a payroll from the keyboard alone: once the question is answered, the focus lands where the page
/// says the payroll is gone (the "Supprimer cette paie" button it came from is disabled by then, and the browser had
/// dropped the focus to the top of the page, leaving a screen reader silent and the next Tab at the menu).
/// </summary>
[Collection(GridBrowserCollection.Name)]
public sealed class PayrollDeletionBrowserTests(GridBrowserFixture browser)
{
    [Fact]
    public async Task AfterADeletionTheFocusLandsOnWhatSaysThePayrollIsGone()
    {
        var page = await browser.OpenAsync("/grille-salariale");
        await BrowserFixture.ChooseFileAsync(page, "payroll-input", new FilePayload
        {
            Name = "paie-clavier.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(GridTestData.KnownGapPayroll("KBD-")),
        });
        await page.GetByTestId("payroll-imported").WaitForAsync();
        var id = browser.Factory.MedSec.Grids.Payrolls.Imports().Single(i => i.FileName == "paie-clavier.csv").Id;

        var delete = page.GetByTestId("payroll-delete");
        await delete.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // WAI-ARIA's alert dialog: named by its title, described by its text, opened on the safe choice.
        var question = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Supprimer la paie ?" });
        await Assertions.Expect(question).ToHaveAccessibleDescriptionAsync(
            $"L'import n° {id} (paie-clavier.csv) et ses 16 salariés seront supprimés de la base locale.");
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Annuler" })).ToBeFocusedAsync();
        await BrowserFixture.AssertAccessibleAsync(page, "/grille-salariale with the payroll's delete question open");

        // Escape deletes nothing and gives the focus back to the button that asked.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(question).ToHaveCountAsync(0);
        await Assertions.Expect(delete).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Annuler" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Supprimer", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(question).ToHaveCountAsync(0);

        var region = page.GetByRole(AriaRole.Region, new() { Name = "Import de la paie" });
        await Assertions.Expect(region).ToBeFocusedAsync();
        await Assertions.Expect(region).ToContainTextAsync($"Paie n° {id} (paie-clavier.csv) supprimée");
    }

    [Fact]
    public async Task OnAPhoneTheQuestionFitsItsButtonsAreInSightAndEscapeGivesTheFocusBack()
    {
        var page = await browser.OpenAsync("/grille-salariale");
        await page.SetViewportSizeAsync(BrowserFixture.PhoneWidth, 844);
        await BrowserFixture.ChooseFileAsync(page, "payroll-input", new FilePayload
        {
            Name = "paie-telephone.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(GridTestData.KnownGapPayroll("TEL-")),
        });
        await page.GetByTestId("payroll-imported").WaitForAsync();

        await DeletionQuestionBrowserTests.AssertTheQuestionFitsAPhoneAsync(page, page.GetByTestId("payroll-delete"), "Supprimer la paie ?");
        await Assertions.Expect(page.GetByTestId("payroll-delete")).ToBeVisibleAsync();
    }
}
