using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// The forms used from the keyboard alone: the button pressed with Enter, the focus lands on the answer (not at the top
/// of the page, where the browser drops it when the busy button is disabled), and an error is announced as an alert.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/comparer", "compare", "Résultat de la comparaison", "result-title")]
    [InlineData("/parcours", "plan", "Parcours proposés", "paths-title")]
    [InlineData("/grille-salariale", "design", "Grille proposée", "grid-table")]
    [InlineData("/", "compute", "Rémunération calculée", "public-pay-result")]
    public async Task EnterOnTheButtonMovesTheFocusToTheAnswer(string path, string button, string answer, string shown)
    {
        var page = await browser.OpenAsync(path);
        var region = page.GetByRole(AriaRole.Region, new() { Name = answer });
        // Before any answer there is no such region for a screen reader to offer.
        await Assertions.Expect(region).ToHaveCountAsync(0);

        await page.GetByTestId(button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId(shown)).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(region).ToBeFocusedAsync();

        // The next Tab goes into the answer, not back to the menu at the top of the page.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await region.EvaluateAsync<bool>("r => r.contains(document.activeElement) && r !== document.activeElement"),
            $"After the answer, Tab went to {await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)")}.");
    }

    [Theory]
    [InlineData("/comparer", "postcode", "33000", "result-title", "Nouvelle-Aquitaine")]
    [InlineData("/parcours", "postcode", "13001", "paths-title", "Provence-Alpes-Côte d'Azur")]
    [InlineData("/grille-salariale", "percentile", "70", "grid-table", "centile 70")]
    [InlineData("/", "echelon", "4", "public-pay-result", "échelon 4")]
    public async Task EnterInAFieldSubmitsTheFormWithWhatWasTyped(string path, string field, string text, string shown, string expected)
    {
        var page = await browser.OpenAsync(path);

        await page.GetByTestId(field).FillAsync(text);
        await page.GetByTestId(field).PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId(shown)).ToContainTextAsync(expected, new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task ThePrerenderedFormTakesNoInputThatWouldBeLost()
    {
        // Before the circuit is live, what a reader types or toggles would not reach the server (LiveForm).
        var page = await browser.OpenPrerenderedAsync("/");
        var echelon = page.GetByTestId("echelon");
        var cti = page.GetByTestId("cti");
        await Assertions.Expect(cti).ToBeCheckedAsync();

        await echelon.ClickAsync();
        await page.Keyboard.TypeAsync("7");
        await cti.ClickAsync(new() { Force = true });

        await Assertions.Expect(echelon).ToHaveValueAsync("1");
        await Assertions.Expect(cti).ToBeCheckedAsync();
    }

    [Fact]
    public async Task AFieldTheReaderIsTypingInKeepsTheFocusWhenThePageGoesLive()
    {
        // The heading's focus on the first load held back until the reader is typing, as on a freshly started server.
        var held = new TaskCompletionSource();
        // The import map gives the module a fingerprinted name (HeadingFocus.{hash}.razor.js).
        var page = await browser.OpenAsync("/comparer", prepare: context => context.RouteAsync("**/HeadingFocus.*.js", async route =>
        {
            await held.Task;
            await route.ContinueAsync();
        }));
        var postcode = page.GetByTestId("postcode");
        await postcode.ClickAsync();
        await page.Keyboard.TypeAsync("330", new() { Delay = 30 });

        var loaded = page.WaitForResponseAsync(r => r.Url.Contains("/HeadingFocus."));
        held.SetResult();
        await loaded;
        await page.Keyboard.TypeAsync("00", new() { Delay = 150 });

        await Assertions.Expect(postcode).ToBeFocusedAsync();
        await Assertions.Expect(postcode).ToHaveValueAsync("33000");
    }

    [Fact]
    public async Task AHeadingModuleThatFailsToLoadLeavesThePageWorking()
    {
        var page = await browser.OpenAsync("/comparer", prepare: context => context.RouteAsync("**/HeadingFocus.*.js", route => route.AbortAsync()));

        await page.GetByTestId("postcode").FillAsync("33000");
        await page.GetByTestId("compare").ClickAsync();

        await Assertions.Expect(page.GetByTestId("result-title")).ToContainTextAsync("Nouvelle-Aquitaine", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ANavigationFocusesTheNewPagesHeading()
    {
        var page = await browser.OpenAsync("/");
        // On the first load, with nothing else focused, the heading has it.
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Vue d'ensemble" }).First.ClickAsync();

        var heading = page.Locator("h1");
        await Assertions.Expect(heading).ToHaveTextAsync("Vue d'ensemble du marché");
        await Assertions.Expect(heading).ToBeFocusedAsync();
    }

    [Fact]
    public async Task AnUnknownPostcodeIsAnnouncedAsAnAlertBesideItsField()
    {
        var page = await browser.OpenAsync("/comparer");
        await page.GetByTestId("postcode").FillAsync("00000");

        await page.GetByTestId("compare").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // Said once, under the field it describes; the answer area (where it was said a second time) stays empty.
        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToHaveCountAsync(1);
        await Assertions.Expect(alert).ToContainTextAsync("Code postal inconnu");
        await Assertions.Expect(page.GetByTestId("postcode")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Code postal inconnu"));
        await Assertions.Expect(page.Locator(".answer-region").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        // The focus goes to the field to correct (it stayed on the button, the message said under a field elsewhere).
        await Assertions.Expect(page.GetByTestId("postcode")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task OnAPhoneTheAnswerScrollsIntoViewBelowTheAppBar()
    {
        var page = await browser.OpenAsync("/comparer", BrowserFixture.PhoneWidth);
        await page.GetByTestId("postcode").FillAsync("69003");

        await page.GetByTestId("compare").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var region = page.GetByRole(AriaRole.Region, new() { Name = "Résultat de la comparaison" });
        await Assertions.Expect(region).ToBeFocusedAsync(new() { Timeout = 60_000 });
        // The form fills the phone's screen: the answer is below it, and the focus scrolled the page to it.
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "The page did not scroll to the answer.");
        var bar = (await page.Locator(".mud-appbar").BoundingBoxAsync())!;
        var top = (await region.BoundingBoxAsync())!.Y;
        Assert.True(top >= bar.Y + bar.Height, $"The answer starts at {top} px, under the app bar (down to {bar.Y + bar.Height} px).");
    }

    [Fact]
    public async Task AnImportedFilesReportAndARefusedFilesReasonTakeTheFocus()
    {
        var page = await browser.OpenAsync("/donnees");
        var report = page.GetByRole(AriaRole.Region, new() { Name = "Rapport d'import" });

        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = "salaires-clavier.csv",
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Mixed("clavier")),
        });
        await Assertions.Expect(report).ToContainTextAsync("salaires-clavier.csv");
        await Assertions.Expect(report).ToBeFocusedAsync();

        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = "salaires.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = [0x50, 0x4B, 3, 4],
        });
        var refused = page.GetByRole(AriaRole.Region, new() { Name = "Fichier refusé" });
        await Assertions.Expect(refused.GetByRole(AriaRole.Alert)).ToContainTextAsync(".xlsx");
        await Assertions.Expect(refused).ToBeFocusedAsync();

        // A file imported after the refusal: the refusal is gone, and so is its region.
        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = "salaires-clavier-2.csv",
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Mixed("clavier-2")),
        });
        await Assertions.Expect(report).ToContainTextAsync("salaires-clavier-2.csv");
        await Assertions.Expect(refused).ToHaveCountAsync(0);

        // An earlier import's report, opened from the list with the keyboard, takes the focus as well.
        await page.GetByTestId("import-row").Filter(new() { HasText = "salaires-clavier.csv" }).GetByTestId("open-import").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(report).ToBeFocusedAsync();
    }
}
