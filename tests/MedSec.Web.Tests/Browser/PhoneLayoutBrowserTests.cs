using MedSec.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// What a job seeker sees on a phone (<see cref="BrowserFixture.PhoneWidth"/>): one line of title, forms whose values
/// and labels show whole, controls inside their cards, and tables that scroll sideways rather than squeeze a column to a
/// word a line. Measured in the browser, where the fonts, MudBlazor's breakpoints and the stylesheet apply.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutBrowserTests(BrowserFixture browser)
{
    private const string Subtitle = "salaires des secrétaires médicales";

    [Fact]
    public async Task TheAppBarTitleKeepsToOneLineOnAPhoneAndShowsItsSubtitleOnALaptop()
    {
        var phone = await browser.OpenAsync("/", BrowserFixture.PhoneWidth);
        var title = phone.Locator(".mud-appbar h6");
        await Assertions.Expect(title).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("MedSec"));
        await AssertOneLineAsync(title, "The title");
        Assert.DoesNotContain(Subtitle, await title.InnerTextAsync());

        var laptop = await browser.OpenAsync("/");
        Assert.Contains(Subtitle, await laptop.Locator(".mud-appbar h6").InnerTextAsync());
    }

    [Fact]
    public async Task TheGridFormShowsItsDateAndLabelsWholeAndKeepsThePayrollChoiceInItsCard()
    {
        var page = await browser.OpenAsync("/grille-salariale", BrowserFixture.PhoneWidth);

        var date = page.GetByTestId("date");
        await Assertions.Expect(date).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}/\d{2}/\d{4}$"));
        await BrowserFixture.AssertFitsAsync(date, "The date");
        foreach (var text in new[] { "Échelons d'ancienneté", "Centile du marché", "Taux de charges patronales (%)" })
            await BrowserFixture.AssertFitsAsync(page.Locator("label", new() { HasText = text }), $"The label '{text}'");

        await BrowserFixture.AssertEndsWithinAsync(page.GetByTestId("payroll-select"), BrowserFixture.PhoneWidth, "The payroll choice");
    }

    [Fact]
    public async Task TheOverviewChartsLegendShowsWholeOnAPhone()
    {
        // The floor of IDCC 1147 named with its level ran past the phone's drawing: "… (positionnement 5) : 1".
        var page = await browser.OpenAsync("/apercu", BrowserFixture.PhoneWidth);

        var svg = page.GetByTestId("experience-chart").Locator(".chart-narrow svg");
        await Assertions.Expect(svg).ToBeVisibleAsync();
        var past = await svg.EvaluateAsync<string[]>(
            """
            s => {
                const chart = s.getBoundingClientRect();
                return [...s.querySelectorAll('text')]
                    .filter(t => { const b = t.getBoundingClientRect(); return b.left < chart.left - 0.5 || b.right > chart.right + 0.5; })
                    .map(t => t.textContent.trim());
            }
            """);
        Assert.Empty(past);
    }

    [Fact]
    public async Task TheUploadButtonKeepsItsLabelOnOneLine()
    {
        var page = await browser.OpenAsync("/donnees", BrowserFixture.PhoneWidth);

        var button = page.Locator("label[for=upload-input]");
        await Assertions.Expect(button).ToBeVisibleAsync();
        var box = await button.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Height < 48, $"The button is {box.Height} px high: its label wraps.");
        await BrowserFixture.AssertEndsWithinAsync(button, BrowserFixture.PhoneWidth, "The button");
    }

    [Fact]
    public async Task AnImportsKindStaysOnOneLineBesideItsFileName()
    {
        var page = await browser.OpenAsync("/donnees", BrowserFixture.PhoneWidth);
        // A name of its own: the browser tests share one server, and LayoutBrowserTests finds its import by name.
        const string name = "observations-telesecretariat-2025-cabinet-martin.csv";

        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Mixed("phone")),
        });

        var kind = page.GetByTestId("import-row").Filter(new() { HasText = name }).Locator("td.file-name .text-secondary");
        await Assertions.Expect(kind).ToHaveTextAsync("(observations)");
        await AssertOneLineAsync(kind, "'(observations)'");
    }

    [Theory]
    [InlineData("/apercu", "floors")]
    [InlineData("/methodologie", "reference-tables")]
    public async Task NoTableSqueezesAColumnToAWordALine(string path, string table)
    {
        var page = await browser.OpenAsync(path, BrowserFixture.PhoneWidth);
        await Assertions.Expect(page.GetByTestId(table)).ToBeVisibleAsync();

        await AssertNoSqueezedCellAsync(page);
    }

    [Fact]
    public async Task TheCareerPathsTablesDoNotSqueezeAColumnToAWordALine()
    {
        var page = await browser.OpenAsync("/parcours", BrowserFixture.PhoneWidth);
        await page.GetByTestId("plan").ClickAsync();
        await Assertions.Expect(page.GetByTestId("trainings").GetByTestId("training-row").First).ToContainTextAsync("mois",
            new() { Timeout = 60_000 });

        await AssertNoSqueezedCellAsync(page);
    }

    [Fact]
    public async Task TheChartsTextsStayReadableOnAPhone()
    {
        var page = await browser.OpenAsync("/apercu", BrowserFixture.PhoneWidth);
        var chart = page.GetByTestId("experience-chart").GetByRole(AriaRole.Img);
        await Assertions.Expect(chart).ToBeVisibleAsync();

        // The smallest text of the drawing as shown: its font size scaled by the drawing's shown width over its own.
        var smallest = await chart.EvaluateAsync<double>("""
            svg => Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize)))
                * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
            """);
        Assert.True(smallest >= 8.5, $"The chart's smallest text shows at {smallest:0.0} px on a phone: too small to read.");
        await Assertions.Expect(chart).ToContainTextAsync("20+");
    }

    [Fact]
    public async Task TheRegionTableKeepsItsRowLabelsInViewWhileItsFiguresScrollSideways()
    {
        var page = await browser.OpenAsync("/apercu", BrowserFixture.PhoneWidth);
        var table = page.GetByTestId("region-table");
        var row = table.GetByTestId("region-row").First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        var (needed, given) = await BrowserFixture.WidthsAsync(table);
        Assert.True(needed > given, $"The table needs {needed} px and has {given}: nothing to scroll on this phone.");
        var label = row.Locator("th, td").First;
        var figure = row.Locator("td").Last;
        var (labelBefore, figureBefore) = ((await label.BoundingBoxAsync())!.X, (await figure.BoundingBoxAsync())!.X);

        await table.EvaluateAsync("e => e.scrollLeft = 120");

        await Assertions.Expect(table).ToHaveJSPropertyAsync("scrollLeft", 120);
        Assert.True((await figure.BoundingBoxAsync())!.X < figureBefore - 100, "The figures did not scroll.");
        Assert.Equal(labelBefore, (await label.BoundingBoxAsync())!.X, 1.0);
    }

    [Fact]
    public async Task NoPageScrollsSidewaysOnAPhoneWithImportsListed()
    {
        // An import first, so that /donnees lists one: its table's hidden "Actions" header sits past the phone's edge.
        var page = await browser.OpenAsync("/donnees", BrowserFixture.PhoneWidth);
        await BrowserFixture.ChooseFileAsync(page, "upload-input", new FilePayload
        {
            Name = "salaires-telephone-largeur.csv",
            MimeType = "text/csv",
            Buffer = ObservationCsv.Bytes(ObservationCsv.Mixed("largeur")),
        });
        await Assertions.Expect(page.GetByTestId("import-row").First).ToBeVisibleAsync();

        foreach (var path in new[] { "/", "/apercu", "/comparer", "/parcours", "/grille-salariale", "/donnees", "/methodologie" })
        {
            await page.GotoAsync(path);
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await BrowserFixture.AssertFitsAsync(page.Locator("html"), $"The whole page {path} on a phone");
        }
    }

    [Fact]
    public async Task AKeyboardScrollsAWideTableSideways()
    {
        var page = await browser.OpenAsync("/apercu", BrowserFixture.PhoneWidth);
        var table = page.GetByRole(AriaRole.Region, new() { Name = "Salaire médian par région" });
        await Assertions.Expect(table).ToBeVisibleAsync();

        await table.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");

        await Assertions.Expect(table).ToBeFocusedAsync();
        await Assertions.Expect(table).Not.ToHaveJSPropertyAsync("scrollLeft", 0);
    }

    /// <summary>Asserts that an element is less than one and a half of its lines high: its text does not wrap.</summary>
    private static async Task AssertOneLineAsync(ILocator element, string what)
    {
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        var lineHeight = await element.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");
        Assert.True(box.Height < 1.5 * lineHeight, $"{what} is {box.Height} px high for lines of {lineHeight} px: it wraps.");
    }

    /// <summary>Asserts that no cell narrower than 160 px has its own text on more than 8 lines: such a column was squeezed
    /// to let the table fit the screen, and its rows became ribbons of single words.</summary>
    private static async Task AssertNoSqueezedCellAsync(IPage page)
    {
        var squeezed = await SqueezedCellsAsync(page);
        Assert.True(squeezed.Length == 0, "Squeezed cells:\n" + string.Join("\n", squeezed));
    }

    private static Task<string[]> SqueezedCellsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('td, th')].flatMap(c => {
            const text = document.createRange();
            text.selectNodeContents(c);
            const style = getComputedStyle(c);
            const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize); // "normal": about 1.2
            const lines = text.getBoundingClientRect().height / lineHeight;
            const width = c.getBoundingClientRect().width;
            return width > 0 && width < 160 && lines > 8
                ? [`${Math.round(width)} px wide, ${lines.toFixed(1)} lines: ${c.innerText.trim().slice(0, 40)}`] : [];
        })
        """);
}
