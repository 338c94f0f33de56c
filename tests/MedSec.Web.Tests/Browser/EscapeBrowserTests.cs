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
        var question = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(question).ToContainTextAsync("salaires-echap.csv");

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(question).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToBeVisibleAsync();
    }
}
