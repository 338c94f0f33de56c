using Bunit;
using MedSec.Analytics.Grids;
using MedSec.Domain.Grids;
using MedSec.Domain.Observations;
using MedSec.Domain.Transparency;
using MedSec.Web.Components.Grid;
using MedSec.Web.Components.Pages;
using MedSec.Web.Tests.Components;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Grid;

/// <summary>The grid components rendered with bUnit over a designer with a fixed market and payrolls held in memory.</summary>
[Collection(GridBrowserCollection.Name)]
public sealed class GridComponentTests : BunitTest
{
    private sealed class FixedMarket(decimal value) : IMarketLevels
    {
        public MarketLevel Level(MarketLevelQuery query) => new(value, value - 100m, value + 100m, 50, MarketLevel.RegionEmployer, SyntheticN: 50);
    }

    /// <summary>Answers the first seniority step only; the others find 3 observations, under k.</summary>
    private sealed class FirstStepOnly(decimal value) : IMarketLevels
    {
        public MarketLevel Level(MarketLevelQuery query) => query.MinYears == 0
            ? new(value, value - 150m, value + 250m, 40, MarketLevel.RegionEmployer, SyntheticN: 40)
            : new(null, null, null, 3, MarketLevel.None, SyntheticN: 0);
    }

    private sealed class NoPayrolls : IPayrollBook
    {
        public PayrollImportResult Import(string fileName, ReadOnlyMemory<byte> content) => throw new NotSupportedException();
        public IReadOnlyList<PayrollImportInfo> Imports() => [];
        public IReadOnlyList<EmployeePay>? Employees(long importId) => null;
        public bool Delete(long importId) => false;
    }

    /// <summary>One payroll, import 1, held in memory.</summary>
    private sealed class HeldPayroll(IReadOnlyList<EmployeePay> staff) : IPayrollBook
    {
        public PayrollImportResult Import(string fileName, ReadOnlyMemory<byte> content) => throw new NotSupportedException();
        public IReadOnlyList<PayrollImportInfo> Imports() => [];
        public IReadOnlyList<EmployeePay>? Employees(long importId) => importId == 1 ? staff : null;
        public bool Delete(long importId) => false;
    }

    private static readonly Lazy<Analytics.MedSecServices> Services = new(Analytics.MedSecServices.LoadDefault);

    private static GridDesignService Designer(decimal market = 2100m) =>
        new(Services.Value.Reference, Services.Value.Pay, new FixedMarket(market), new NoPayrolls());

    private static GridDesign Design(decimal market = 2100m) =>
        Designer(market).Design(GridRequestParser.Design("84", "cabinet", "60", "3", "2", "1147", "2026-03-01"));

    [Fact]
    public void TheGridTableMarksTheCellsRaisedToTheFloor()
    {
        var cut = Context.Render<GridTableView>(p => p.Add(c => c.Design, Design(market: 1700m)));

        Assert.EndsWith("*", Text.Normalize(cut.Find("[data-testid=cell-1-0]").TextContent));
        Assert.Contains("1 823,03 €", Text.Normalize(cut.Find("[data-testid=grid-level-1]").TextContent));
        Assert.Contains("relevé au plancher légal", cut.Markup);
        // The floor's kind and the market's count under their figures (the fixed market: 1 700 € over 50 observations).
        Assert.Equal("1 823,03 € SMIC", Text.Squash(cut.Find("[data-testid=floor-1]").TextContent));
        var market = cut.FindAll("[data-testid=grid-market] td").Skip(1).Select(c => Text.Squash(c.TextContent)).ToList();
        Assert.Equal(2, market.Count);
        Assert.All(market, cell => Assert.Equal("1 700,00 € n = 50", cell));
    }

    [Fact]
    public void TheChartsMarketBandIsATableUnderIt()
    {
        var design = new GridDesignService(Services.Value.Reference, Services.Value.Pay, new FirstStepOnly(2100m), new NoPayrolls())
            .Design(GridRequestParser.Design("84", "cabinet", "60", "3", "2", "1147", "2026-03-01"));

        var cut = Context.Render<GridMarketTable>(p => p.Add(c => c.Design, design));

        Assert.Equal(["Ancienneté", "P25", "Centile 60", "P75", "Observations"],
            cut.FindAll("[data-testid=grid-chart-data] thead th").Select(th => th.TextContent.Trim()));
        var rows = cut.FindAll("[data-testid=grid-chart-row]").Select(r => r.Children.Select(c => Text.Squash(c.TextContent)).ToList()).ToList();
        Assert.Equal(design.Levels[0].Steps.Count, rows.Count);
        // The answered step: the band the chart shades and the percentile it dashes; the others: dashes, as the chart
        // leaves them out, with the count that was too small.
        Assert.Equal(["0 an", "1 950,00 €", "2 100,00 €", "2 350,00 €", "40"], rows[0]);
        Assert.All(rows.Skip(1), row => Assert.Equal(["—", "—", "—", "3"], row.Skip(1)));
    }

    [Fact]
    public void TheChartIsAnAccessibleInlineSvgDrawnForALaptopAndForAPhone()
    {
        var markup = GridChart.Svg(Design());

        var drawings = System.Text.RegularExpressions.Regex.Matches(markup,
            @"<div class=""(chart-wide|chart-narrow)""><svg role=""img"" aria-label=""([^""]*)""[^>]*viewBox=""0 0 (\d+) (\d+)""");
        Assert.Equal(["chart-wide", "chart-narrow"], drawings.Select(d => d.Groups[1].Value));
        Assert.All(drawings, d => Assert.Equal(GridChart.Title, System.Net.WebUtility.HtmlDecode(d.Groups[2].Value)));
        // The phone's drawing is narrower and taller than the laptop's.
        Assert.True(int.Parse(drawings[1].Groups[3].Value) < int.Parse(drawings[0].Groups[3].Value) / 2);
        Assert.True(int.Parse(drawings[1].Groups[4].Value) > int.Parse(drawings[1].Groups[3].Value));
        // Its SMIC entry drops the note on the minima that only the wide legend has room for.
        var narrow = markup.IndexOf("chart-narrow", StringComparison.Ordinal);
        Assert.Contains("pointillés", markup[..narrow]);
        Assert.DoesNotContain("pointillés", markup[narrow..]);
        Assert.Contains("SMIC", markup[narrow..]);
    }

    [Fact]
    public void TheGapTableShowsOneAlertPerCategoryOverTheThreshold()
    {
        var staff = new List<EmployeePay>();
        for (var i = 0; i < 3; i++)
        {
            staff.Add(new($"F{i}", Gender.Female, null, "6", null, 1m, 1880m, 0m));
            staff.Add(new($"H{i}", Gender.Male, null, "6", null, 1m, 2000m, 0m));
            staff.Add(new($"G{i}", Gender.Female, null, "7", null, 1m, 2200m, 0m));
            staff.Add(new($"K{i}", Gender.Male, null, "7", null, 1m, 2200m, 0m));
        }

        var cut = Context.Render<GapTableView>(p => p.Add(c => c.Report, TransparencyService.Report(staff)));

        var alert = Assert.Single(cut.FindAll("[data-testid=gap-alert]"));
        Assert.Contains("catégorie « 6 »", Text.Normalize(alert.TextContent));
        Assert.Contains("6,0 %", cut.Find("[data-testid=gap-6]").TextContent);
    }

    [Fact]
    public void TheStaffTableLinksEachEmployeeToTheirLetter()
    {
        var grid = Design().Levels;
        var staff = StaffRules.Analyse(grid, [new EmployeePay("A 1/2", Gender.Female, null, "5", null, 1m, 1800m, 0m)], new DateOnly(2026, 3, 1), null, 0.35m, true);

        var cut = Context.Render<StaffTableView>(p => p.Add(c => c.Staff, staff).Add(c => c.ImportId, 7L).Add(c => c.Date, new DateOnly(2026, 3, 1)));

        Assert.Equal("/grille-salariale/lettre/7/A%201%2F2?date=2026-03-01", cut.Find("[data-testid='staff-A 1/2'] a").GetAttribute("href"));
        Assert.Contains("estimées", cut.Find("[data-testid=staff-cost]").TextContent);
        // 1 800 € under the SMIC of 2026-03-01 (1 823,03 €), the floor of positionnement 5: the mark says which floor.
        Assert.Equal("Sous le plancher légal de son niveau : 1 823,03 € à temps plein.",
            Text.Normalize(cut.Find("[data-testid='staff-A 1/2'] [data-testid=below-floor]").GetAttribute("title")!));
    }

    /// <summary>A screen reader's list of links read "Lettre" once per employee, sixteen times alike, none saying whose it
    /// is nor that it opens in a new tab (WCAG 2.1, 2.4.4): each link's name now says both, after its visible word.</summary>
    [Fact]
    public void EachLetterLinkNamesItsEmployeeAndItsNewTab()
    {
        var staff = StaffRules.Analyse(Design().Levels,
            [new EmployeePay("F-01", Gender.Female, null, "5", null, 1m, 1900m, 0m), new EmployeePay("H-02", Gender.Male, null, "5", null, 1m, 1900m, 0m)],
            new DateOnly(2026, 3, 1), null, 0.35m, true);

        var cut = Context.Render<StaffTableView>(p => p.Add(c => c.Staff, staff).Add(c => c.ImportId, 7L).Add(c => c.Date, new DateOnly(2026, 3, 1)));

        var names = cut.FindAll("a[target=_blank]").Select(a => Text.Normalize(a.GetAttribute("aria-label") ?? a.TextContent).Trim()).ToList();
        Assert.Equal(2, names.Distinct().Count());
        Assert.All(names, n => Assert.StartsWith("Lettre", n));
        Assert.Contains(names, n => n.Contains("F-01") && n.Contains("nouvel onglet"));
        Assert.Contains(names, n => n.Contains("H-02") && n.Contains("nouvel onglet"));
    }

    /// <summary>A letter that cannot be written (its payroll deleted, a matricule not in it) still has the page's one
    /// heading above the reason: a page without an h1 fails axe's page-has-heading-one, and a screen reader finds no
    /// title to start from.</summary>
    [Fact]
    public void ALetterThatCannotBeWrittenKeepsItsHeading()
    {
        Context.Services.AddSingleton<IGridDesignService>(Designer());

        var cut = Context.Render<GridLetter>(p => p.Add(c => c.ImportId, 999L).Add(c => c.EmployeeId, "A1"));

        Assert.NotNull(cut.Find("[data-testid=letter-error]"));
        Assert.Equal("Information sur votre rémunération", Assert.Single(cut.FindAll("h1")).TextContent.Trim());
    }

    /// <summary>
    /// Four women (1 900 to 2 050 € a month) and one man (2 200 €: 26 400 € a year) in positionnement 8: a woman's letter
    /// said "the men's average", his own pay, to each colleague. It now says it is withheld, why (Directive (EU) 2023/970
    /// art. 12) and who may see it; the women's average, over three colleagues besides her, is still given: 23 700 € a year.
    /// </summary>
    [Fact]
    public void ALetterWithholdsTheAverageOfALoneColleagueAndSaysWhy()
    {
        List<EmployeePay> staff = [.. new[] { 1900m, 1950m, 2000m, 2050m }.Select((p, i) => new EmployeePay($"F8-{i}", Gender.Female, null, "8", null, 1m, p, 0m)),
            new EmployeePay("H8-0", Gender.Male, null, "8", null, 1m, 2200m, 0m)];
        Context.Services.AddSingleton<IGridDesignService>(
            new GridDesignService(Services.Value.Reference, Services.Value.Pay, new FixedMarket(2100m), new HeldPayroll(staff)));

        var cut = Context.Render<GridLetter>(p => p.Add(c => c.ImportId, 1L).Add(c => c.EmployeeId, "F8-0"));

        var category = Text.Normalize(cut.Find("[data-testid=letter-category]").TextContent);
        Assert.DoesNotContain("26 400,00 €", category);
        Assert.Contains("23 700,00 €", category);
        Assert.Contains("non communiquée", category);
        var why = Text.Normalize(cut.Find("[data-testid=letter-withheld]").TextContent);
        Assert.Contains("art. 12", why);
        Assert.Contains("inspection du travail", why);
    }

    [Fact]
    public void ThePageDesignsAGridAndOffersItsExports()
    {
        Context.Services.AddSingleton<IGridDesignService>(Designer());
        var cut = RenderWithProviders<GridDesigner>();

        // The page's file chooser re-renders itself after the first render: the click's handler may run after Click returns.
        ClickThenWaitFor(cut, "[data-testid=design] button, button[data-testid=design]", "[data-testid=grid-result]");

        Assert.Equal(5, cut.FindAll("[data-testid^=grid-level-]").Count);
        var xlsx = cut.Find("[data-testid=export-xlsx]");
        Assert.StartsWith("/api/grids/export?format=xlsx&region=75&employer=clinique&percentile=60&levels=5&steps=5&date=", xlsx.GetAttribute("href"));
        Assert.True(xlsx.HasAttribute("download"));
        Assert.Contains(cut.FindAll("[data-testid=grid-warning]"), w => w.TextContent.Contains("synthétiques", StringComparison.Ordinal));
    }
}
