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
        var box = await title.BoundingBoxAsync();
        Assert.NotNull(box);
        var lineHeight = await title.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");
        Assert.True(box.Height < 1.5 * lineHeight, $"The title is {box.Height} px high for lines of {lineHeight} px: it wraps.");
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
        var (needed, given) = await BrowserFixture.WidthsAsync(date);
        Assert.True(needed <= given, $"The date needs {needed} px and has {given} px: it is cut off.");
        foreach (var text in new[] { "Échelons d'ancienneté", "Centile du marché", "Taux de charges patronales (%)" })
        {
            (needed, given) = await BrowserFixture.WidthsAsync(page.Locator("label", new() { HasText = text }));
            Assert.True(needed <= given, $"The label '{text}' needs {needed} px and has {given} px: it is cut off.");
        }

        var select = await page.GetByTestId("payroll-select").BoundingBoxAsync();
        Assert.NotNull(select);
        Assert.True(select.X + select.Width <= BrowserFixture.PhoneWidth,
            $"The payroll choice ends at {select.X + select.Width} px, past the {BrowserFixture.PhoneWidth} px screen.");
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
        Assert.True(box.X + box.Width <= BrowserFixture.PhoneWidth, $"The button ends at {box.X + box.Width} px, past the screen.");
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
        var box = await kind.BoundingBoxAsync();
        Assert.NotNull(box);
        var lineHeight = await kind.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");
        Assert.True(box.Height < 1.5 * lineHeight, $"'(observations)' is {box.Height} px high for lines of {lineHeight} px: it breaks.");
    }

    [Theory]
    [InlineData("/apercu", "floors")]
    [InlineData("/methodologie", "reference-tables")]
    public async Task NoTableSqueezesAColumnToAWordALine(string path, string table)
    {
        var page = await browser.OpenAsync(path, BrowserFixture.PhoneWidth);
        await Assertions.Expect(page.GetByTestId(table)).ToBeVisibleAsync();

        var squeezed = await SqueezedCellsAsync(page);
        Assert.True(squeezed.Length == 0, "Squeezed cells:\n" + string.Join("\n", squeezed));
    }

    [Fact]
    public async Task TheCareerPathsTablesDoNotSqueezeAColumnToAWordALine()
    {
        var page = await browser.OpenAsync("/parcours", BrowserFixture.PhoneWidth);
        await page.GetByTestId("plan").ClickAsync();
        await Assertions.Expect(page.GetByTestId("trainings").GetByTestId("training-row").First).ToContainTextAsync("mois",
            new() { Timeout = 60_000 });

        var squeezed = await SqueezedCellsAsync(page);
        Assert.True(squeezed.Length == 0, "Squeezed cells:\n" + string.Join("\n", squeezed));
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
        var container = table.Locator(".mud-table-container");
        var (needed, given) = await BrowserFixture.WidthsAsync(container);
        Assert.True(needed > given, $"The table needs {needed} px and has {given}: nothing to scroll on this phone.");
        var label = row.Locator("th, td").First;
        var figure = row.Locator("td").Last;
        var (labelBefore, figureBefore) = ((await label.BoundingBoxAsync())!.X, (await figure.BoundingBoxAsync())!.X);

        await container.EvaluateAsync("e => e.scrollLeft = 120");

        await Assertions.Expect(container).ToHaveJSPropertyAsync("scrollLeft", 120);
        Assert.True((await figure.BoundingBoxAsync())!.X < figureBefore - 100, "The figures did not scroll.");
        Assert.Equal(labelBefore, (await label.BoundingBoxAsync())!.X, 1.0);
    }

    /// <summary>The cells narrower than 160 px whose own text takes more than 8 lines: their column was squeezed to let the
    /// table fit the screen, and their rows became ribbons of single words.</summary>
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
