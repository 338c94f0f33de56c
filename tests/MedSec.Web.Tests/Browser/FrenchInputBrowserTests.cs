using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// Numbers, dates and postcodes typed as a French reader types them: a decimal comma is a decimal comma, text a field
/// cannot read is said so in French and computes nothing, Enter in a date submits, and spaces in a postcode are not digits.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FrenchInputBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("2,5", "2,5\u00a0ans d'expérience")]
    [InlineData("2.5", "2,5\u00a0ans d'expérience")]
    [InlineData("12", "12\u00a0ans d'expérience")]
    public async Task ADecimalCommaInTheExperienceIsADecimalComma(string typed, string title)
    {
        // MudBlazor's field reads with the invariant culture: "2,5" was 25 years.
        var page = await browser.OpenAsync("/comparer");

        await page.GetByTestId("experience").FillAsync(typed);
        await page.GetByTestId("compare").ClickAsync();

        await Assertions.Expect(page.GetByTestId("result-title")).ToContainTextAsync(title, new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task HoursWithADecimalCommaAreThoseHours()
    {
        var page = await browser.OpenAsync("/comparer");

        await page.GetByTestId("hours").FillAsync("17,5");
        await page.GetByTestId("compare").ClickAsync();

        await Assertions.Expect(page.GetByText("pour 17,5\u00a0h par semaine")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task TextThatIsNoNumberIsSaidSoInFrenchAndComputesNothing()
    {
        var page = await browser.OpenAsync("/comparer");

        await page.GetByTestId("hours").FillAsync("abc");
        await page.GetByTestId("hours").PressAsync("Enter");

        await Assertions.Expect(page.GetByText("Nombre illisible")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The text the message speaks of stays to be corrected (MudBlazor rewrote it "0" from the value).
        await Assertions.Expect(page.GetByTestId("hours")).ToHaveValueAsync("abc");
        await page.GetByTestId("compare").ClickAsync();
        // The comparison once ran for 1 h a week, the value behind the unread text.
        await page.WaitForTimeoutAsync(1_500);
        await Assertions.Expect(page.GetByTestId("result-title")).ToHaveCountAsync(0);
        Assert.DoesNotContain("Not a valid", await page.ContentAsync());
    }

    [Theory]
    [InlineData("/comparer", "hours", "result-title")]
    [InlineData("/grille-salariale", "percentile", "grid-result")]
    public async Task TextThatIsNoNumberIsNotSaidOutOfBoundsAsWell(string path, string field, string answer)
    {
        // The value behind unread text is 0: "abc" in the hours also said "Hors limites : de 1 à 48.", of a 0 never typed.
        var page = await browser.OpenAsync(path);

        await page.GetByTestId(field).FillAsync("abc");
        await page.GetByTestId(field).PressAsync("Enter");

        await Assertions.Expect(page.GetByText("Nombre illisible").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(1_500);
        await Assertions.Expect(page.GetByText("Hors limites")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId(answer)).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("/", "Rémunération calculée", "01/06/2024")]
    [InlineData("/grille-salariale", "Grille proposée", "01/03/2025")]
    public async Task EnterInTheDateSubmitsWithThatDate(string path, string answer, string typed)
    {
        // MudBlazor's picker opened its calendar on Enter, and nothing was computed.
        var page = await browser.OpenAsync(path);
        var date = page.GetByTestId("date");

        await date.FillAsync(typed);
        await date.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = answer })).ToContainTextAsync(typed, new() { Timeout = 60_000 });
    }

    [Theory]
    [InlineData(" 75001")]
    [InlineData("75 001")]
    public async Task SpacesInAPostcodeAreNotPartOfIt(string typed)
    {
        // A postcode pasted with a space was cut to " 7500", read as 07500 in Ardèche.
        var page = await browser.OpenAsync("/comparer");

        await page.GetByTestId("postcode").FillAsync(typed);
        await page.GetByTestId("compare").ClickAsync();

        await Assertions.Expect(page.GetByTestId("result-title")).ToContainTextAsync("en Île-de-France", new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task AnEchelonPastTheGridIsNamedAsTyped()
    {
        // The field once cut 25 to 20, and the error then spoke of an échelon 20 the reader never typed.
        var page = await browser.OpenAsync("/");

        await page.GetByTestId("echelon").FillAsync("25");
        await page.GetByTestId("echelon").PressAsync("Enter");

        await Assertions.Expect(page.GetByText("Échelon 25 hors de la grille")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task AnErrorOfTheValuesBeforeGoesWhenTheFormIsRefusedForAnotherField()
    {
        // "Échelon 25 hors de la grille" stayed under the form once the échelon read 3, beside the new field's own message.
        var page = await browser.OpenAsync("/");
        await page.GetByTestId("echelon").FillAsync("25");
        await page.GetByTestId("echelon").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("field-problem")).ToContainTextAsync("Échelon 25", new() { Timeout = 60_000 });

        await page.GetByTestId("echelon").FillAsync("trois");
        await page.GetByTestId("echelon").PressAsync("Enter");

        await Assertions.Expect(page.GetByText("Nombre illisible")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("field-problem")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("/parcours", "experience", "3,5", "paths-title")]
    [InlineData("/", "echelon", "2,5", "public-pay-result")]
    [InlineData("/grille-salariale", "levels", "2.5", "grid-result")]
    public async Task AFractionInAWholeNumberFieldIsRefusedAsSuchNotReadAsTenTimesMore(string path, string field, string typed, string answer)
    {
        // The paths count whole years and the grid whole levels: "3,5" was read as 35, then refused as unreadable text,
        // the message asking for figures the reader had typed.
        var page = await browser.OpenAsync(path);

        await page.GetByTestId(field).FillAsync(typed);
        await page.GetByTestId(field).PressAsync("Enter");

        await Assertions.Expect(page.GetByText($"Nombre entier attendu : « {typed} ».")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Nombre illisible")).ToHaveCountAsync(0);
        await page.WaitForTimeoutAsync(1_500);
        await Assertions.Expect(page.GetByTestId(answer)).ToHaveCountAsync(0);
        Assert.Equal(typed, await page.GetByTestId(field).InputValueAsync());
    }

    [Theory]
    [InlineData("/comparer", "hours", "0", "Hors limites : de 1 à 48.", "result-title")]
    [InlineData("/comparer", "hours", "60", "Hors limites : de 1 à 48.", "result-title")]
    [InlineData("/parcours", "years", "0", "Hors limites : de 1 à 40.", "paths-title")]
    public async Task ANumberOutOfBoundsIsSaidUnderItsFieldAndComputesNothing(string path, string field, string typed, string message, string answer)
    {
        // MudBlazor's Min and Max turned 0 h into 1 h and 60 h into 48 h, and computed those without a word.
        var page = await browser.OpenAsync(path);

        await page.GetByTestId(field).FillAsync(typed);
        await page.GetByTestId(field).PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("range-error")).ToHaveTextAsync(message, new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(1_500);
        await Assertions.Expect(page.GetByTestId(answer)).ToHaveCountAsync(0);
        Assert.Equal(typed, await page.GetByTestId(field).InputValueAsync());
    }

    [Theory]
    [InlineData("/comparer", "experience", "result-title")]
    [InlineData("/", "echelon", "public-pay-result")]
    [InlineData("/grille-salariale", "levels", "grid-result")]
    public async Task AnEmptiedFieldIsSaidEmptyStaysEmptyAndComputesNothing(string path, string field, string answer)
    {
        // MudBlazor read an emptied field as 0, wrote "0" back into it, and computed with 0 years or échelon 0.
        var page = await browser.OpenAsync(path);

        await page.GetByTestId(field).FillAsync("");
        await page.GetByTestId(field).PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("range-error")).ToHaveTextAsync("Indiquez une valeur.", new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(1_500);
        Assert.Equal("", await page.GetByTestId(field).InputValueAsync());
        await Assertions.Expect(page.GetByTestId(answer)).ToHaveCountAsync(0);

        // A value typed again is computed, and the message goes.
        await page.GetByTestId(field).FillAsync("3");
        await page.GetByTestId(field).PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("range-error")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId(answer)).Not.ToHaveCountAsync(0, new() { Timeout = 60_000 });
    }
}
