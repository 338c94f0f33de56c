using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// What a user sees at 1280 px (<see cref="BrowserFixture.OpenAsync"/>'s width) without scrolling sideways: the longest
/// texts the pages show whole, and the controls in view. Measured in the browser, where the fonts and the grid apply.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests(BrowserFixture browser)
{
    private const string LongestRole = "Assistant médico-administratif de classe exceptionnelle";

    [Fact]
    public async Task TheLongestRoleOfTheCareerFormShowsWhole()
    {
        var page = await browser.OpenAsync("/parcours");

        await page.GetByTestId("role").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = LongestRole }).ClickAsync();

        var role = page.GetByTestId("role");
        await Assertions.Expect(role).ToHaveTextAsync(LongestRole);
        // An ellipsis hides the overflow, so the text shows whole exactly when it needs no more width than it has.
        await BrowserFixture.AssertFitsAsync(role, "The role");
    }

    [Fact]
    public async Task TheGridFormShowsItsDateItsLabelsAndItsChoicesWhole()
    {
        var page = await browser.OpenAsync("/grille-salariale");

        foreach (var (field, longest) in new[] { ("agreement", "Selon le type d'employeur"), ("employer", "Établissement médico-social"),
                     ("region", "Provence-Alpes-Côte d'Azur") })
        {
            await page.GetByTestId(field).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = longest, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId(field)).ToHaveTextAsync(longest);
            await BrowserFixture.AssertFitsAsync(page.GetByTestId(field), $"'{longest}'");
        }

        var date = page.GetByTestId("date");
        await Assertions.Expect(date).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}/\d{2}/\d{4}$"));
        await BrowserFixture.AssertFitsAsync(date, "The date");
        await BrowserFixture.AssertFitsAsync(page.Locator("label", new() { HasText = "Échelons d'ancienneté" }), "The échelons label");
    }

    [Theory]
    [InlineData("/apercu")]
    [InlineData("/methodologie")]
    public async Task FiguresInTablesLineUpOnTheRight(string path)
    {
        var page = await browser.OpenAsync(path);

        // MudBlazor's own cell rule (text-align: start) outranks a bare class: the figures must still win, so that
        // units line up under units.
        var alignments = await page.Locator(".mud-simple-table .num").EvaluateAllAsync<string[]>(
            "cells => cells.map(c => getComputedStyle(c).textAlign)");
        Assert.NotEmpty(alignments);
        Assert.All(alignments, a => Assert.Equal("right", a));
    }

    [Fact]
    public async Task AnImportWithALongFileNameKeepsItsButtonsInView()
    {
        var page = await browser.OpenAsync("/donnees");
        const string name = "observations-secretariat-medical-2024-cabinet-dupont.csv";

        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Mixed("layout")),
        });

        var row = page.GetByTestId("import-row").Filter(new() { HasText = name });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await BrowserFixture.AssertFitsAsync(page.Locator(".imports-table"), "The imports table");
        await BrowserFixture.AssertEndsWithinAsync(row.GetByTestId("delete-import"), BrowserFixture.WindowWidth, "The delete button");
    }
}
