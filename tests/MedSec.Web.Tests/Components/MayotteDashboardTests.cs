using Bunit;
using MedSec.Analytics;
using MedSec.Analytics.Estimation;
using MedSec.Analytics.Grids;
using MedSec.Data.Geography;
using MedSec.Domain.Grids;
using MedSec.Domain.Transparency;
using MedSec.Web.Compare;
using MedSec.Web.Components.Grid;
using MedSec.Web.Components.Methodology;
using MedSec.Web.Components.Pages;
using MedSec.Web.Formatting;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Components;

/// <summary>
/// The dashboard in Mayotte: the floors shown for a Mayotte profile or grid are Mayotte's own SMIC (décret n° 2025-1228,
/// art. 1, 2°: 9,33 € an hour from 2026-01-01, × 35 × 52 / 12 = 1 415,05 € a month) and say so; the methodology lists
/// Mayotte's SMIC and says what is still not modelled overseas.
/// </summary>
public sealed class MayotteDashboardTests : BunitTest
{
    private static readonly Lazy<MedSecServices> Services = new(MedSecServices.LoadDefault);

    private static readonly string March2026 = FrenchFormat.Euros(Math.Round(9.33m * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero));

    private sealed class NoMarket : IMarketLevels
    {
        public MarketLevel Level(MarketLevelQuery query) => new(null, null, null, 0, MarketLevel.None, SyntheticN: 0);
    }

    private sealed class NoPayrolls : IPayrollBook
    {
        public PayrollImportResult Import(string fileName, ReadOnlyMemory<byte> content) => throw new NotSupportedException();
        public IReadOnlyList<PayrollImportInfo> Imports() => [];
        public IReadOnlyList<EmployeePay>? Employees(long importId) => null;
        public bool Delete(long importId) => false;
    }

    private static GridDesign MayotteGrid() =>
        new GridDesignService(Services.Value.Reference, Services.Value.Pay, new NoMarket(), new NoPayrolls())
            .Design(GridRequestParser.Design("06", "hopital", "60", "2", "2", null, "2026-03-01"));

    [Fact]
    public void AMayotteGridShowsMayottesSmicAsItsFloor()
    {
        var cut = Context.Render<GridTableView>(p => p.Add(c => c.Design, MayotteGrid()));

        Assert.Equal($"{Text.Normalize(March2026)} SMIC de Mayotte", Text.Squash(cut.Find("[data-testid=floor-1]").TextContent));
    }

    [Fact]
    public void AMayotteGridsChartNamesMayottesSmic()
    {
        var svg = GridChart.Svg(MayotteGrid());

        Assert.Contains($"SMIC de Mayotte : {Text.Normalize(March2026)}", Text.Normalize(svg));
    }

    [Fact]
    public void AComparisonInMayotteNamesMayottesSmicAsTheFloor()
    {
        Context.Services.AddSingleton<IPayEstimator>(new StubEstimator());
        Context.Services.AddSingleton(Services.Value.Pay);
        Context.Services.AddSingleton(FrenchGeography.LoadDefault());
        Context.Services.AddSingleton<PayComparer>();
        Context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().NavigateTo("/comparer?region=06&sector=public&experience=4");

        var cut = RenderWithProviders<ComparePage>();
        cut.WaitForElement("[data-testid=column-public] [data-testid=floor]");

        Assert.EndsWith("(SMIC de Mayotte)", Text.Squash(cut.Find("[data-testid=column-public] [data-testid=floor]").TextContent));
    }

    [Fact]
    public void TheMethodologyListsMayottesSmicAndWhatIsStillNotModelled()
    {
        var tables = ReferenceCatalog.Describe(Services.Value.Reference, new DateOnly(2026, 11, 23));
        var mayotte = Assert.Single(tables, t => t.File == "smic_mayotte.csv");
        Assert.Equal(new DateOnly(2026, 6, 1), mayotte.AsOf);

        var figures = CurrentFigure.At(Services.Value.Reference, new DateOnly(2025, 6, 1)).ToDictionary(f => f.Key);
        // Décret n° 2024-951, art. 1, 2°: 8,98 € an hour in Mayotte from 2024-11-01; × 35 × 52 / 12 = 1 361,97 €.
        Assert.Equal("8,98 €", Text.Normalize(figures["smic-mayotte-hourly"].Value));
        Assert.Equal(Text.Normalize(FrenchFormat.Euros(Math.Round(8.98m * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero))),
            Text.Normalize(figures["smic-mayotte-monthly"].Value));

        Context.Services.AddSingleton(Services.Value);
        Context.Services.AddSingleton(FrenchGeography.LoadDefault());
        Context.Services.AddSingleton(MedSec.Data.Sample.MarketFigures.LoadDefault());
        var limits = Text.Squash(RenderWithProviders<MethodologyPage>().Find("[data-testid=section-limits]").TextContent);
        Assert.DoesNotContain("n'est pas repris", limits);
        Assert.Contains("SMIC de Mayotte", limits);
        Assert.Contains("majoration", limits);
    }
}
