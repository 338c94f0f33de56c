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

        await page.GetByTestId("payroll-delete").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Supprimer", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(question).ToHaveCountAsync(0);

        var region = page.GetByRole(AriaRole.Region, new() { Name = "Import de la paie" });
        await Assertions.Expect(region).ToBeFocusedAsync();
        await Assertions.Expect(region).ToContainTextAsync($"Paie n° {id} (paie-clavier.csv) supprimée");
    }
}
