using MedSec.Data.Reference;
using MedSec.Domain.Reference;
using MedSec.Web.Components.Methodology;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Methodology;

public sealed class ReferenceCatalogTests
{
    private static readonly ReferenceData Bundled = ReferenceDataLoader.LoadDefault();

    private static ReferenceData Small() => new(
        Grids: [],
        PointValues:
        [
            new PointValue(new(2022, 7, 1), new(2023, 6, 30), 5820.04m, "Décret 2022-994", "source A"),
            new PointValue(new(2023, 7, 1), null, 5907.34m, "Décret 2023-519", "source A") { Status = "derived" },
        ],
        MinimumIndexes: [],
        Smic: [new SmicRate(new(2026, 1, 1), null, 12.02m, 1823.03m, "Décret 2025-1228", "source B")],
        AgreementMinima: [],
        Supplements: [],
        Contributions: []);

    [Fact]
    public void TheAsOfDateIsTheNewestValidFromAndRowsAreCountedByStatus()
    {
        var point = ReferenceCatalog.Describe(Small(), new DateOnly(2024, 1, 1)).Single(t => t.File == "point_indice.csv");

        Assert.Equal(2, point.Rows);
        Assert.Equal(new DateOnly(2022, 7, 1), point.From);
        Assert.Equal(new DateOnly(2023, 7, 1), point.AsOf);
        Assert.Equal(new Dictionary<string, int> { ["derived"] = 1, ["sourced"] = 1 }, point.Statuses);
        Assert.Equal(["source A"], point.Sources);
        Assert.Null(point.Warning);
    }

    [Fact]
    public void AYearlyFigureUnrevisedForMoreThanAYearIsWarnedAbout()
    {
        var oneYearLater = ReferenceCatalog.Describe(Small(), new DateOnly(2024, 7, 1)).Single(t => t.File == "point_indice.csv");
        var oneDayMore = ReferenceCatalog.Describe(Small(), new DateOnly(2024, 7, 2)).Single(t => t.File == "point_indice.csv");

        Assert.Null(oneYearLater.Warning);
        Assert.Contains("01/07/2023", oneDayMore.Warning);
    }

    [Fact]
    public void AnEmptyTableSaysSo()
    {
        var grids = ReferenceCatalog.Describe(Small(), new DateOnly(2024, 1, 1)).Single(t => t.File == "fph_grids.csv");

        Assert.Equal(0, grids.Rows);
        Assert.Equal("Table vide.", grids.Warning);
    }

    [Fact]
    public void TheBundledDataListTenTablesAndEachAgreement()
    {
        var tables = ReferenceCatalog.Describe(Bundled, new DateOnly(2026, 11, 23));

        Assert.Equal(
            ["fph_grids.csv", "point_indice.csv", "minimum_traitement.csv", "smic.csv", "smic_mayotte.csv", "fph_supplements.csv", "contribution_rates.csv", "pss.csv",
                "overtime_premiums.csv", "agreement_addons.csv"],
            tables.Select(t => t.File).Distinct().Where(f => f != "agreement_minima.csv"));
        Assert.Equal(
            ["Minima conventionnels, IDCC 1147", "Minima conventionnels, IDCC 2264", "Minima conventionnels, IDCC 29", "Minima conventionnels, IDCC 2098"],
            tables.Where(t => t.File == "agreement_minima.csv").Select(t => t.Title));
        Assert.All(tables, t => Assert.NotEmpty(t.Sources));
    }

    [Fact]
    public void OnTheBundledDataIdcc1147AndThePointAreOldButTheSmicIsNot()
    {
        var tables = ReferenceCatalog.Describe(Bundled, new DateOnly(2026, 11, 23)).ToDictionary(t => t.Title);

        // IDCC 1147: no salary avenant after n° 90 (2024-01-01); point: décret 2023-519 (2023-07-01); SMIC: arrêté of 22 May 2026.
        Assert.Equal(new DateOnly(2024, 1, 1), tables["Minima conventionnels, IDCC 1147"].AsOf);
        Assert.NotNull(tables["Minima conventionnels, IDCC 1147"].Warning);
        Assert.Equal(new DateOnly(2023, 7, 1), tables["Valeur du point d'indice"].AsOf);
        Assert.NotNull(tables["Valeur du point d'indice"].Warning);
        Assert.Equal(new DateOnly(2026, 6, 1), tables["SMIC"].AsOf);
        Assert.Null(tables["SMIC"].Warning);
    }

    [Fact]
    public void FiguresInForceOnAGivenDayComeFromTheRowsValidThatDay()
    {
        var figures = CurrentFigure.At(Bundled, new DateOnly(2025, 6, 1)).ToDictionary(f => f.Key);

        // Décret 2024-951: SMIC 11,88 €/h, 1 801,80 € a month from 2024-11-01; PSS 2025: 3 925 €; point: décret 2023-519.
        Assert.Equal("11,88 €", Text.Normalize(figures["smic-hourly"].Value));
        Assert.Equal("1 801,80 €", Text.Normalize(figures["smic-monthly"].Value));
        Assert.Equal(new DateOnly(2024, 11, 1), figures["smic-monthly"].Since);
        Assert.Equal("5 907,34 €", Text.Normalize(figures["point"].Value));
        Assert.Equal("3 925,00 €", Text.Normalize(figures["pss"].Value));
    }

    [Fact]
    public void TheOtherTablesSayWhatTheyHoldAndMarketFiguresTheirPeriods()
    {
        var others = ReferenceCatalog.DescribeOthers(MedSec.Data.Careers.CareerCatalogLoader.LoadDefault(),
            MedSec.Data.Geography.FrenchGeography.LoadDefault(), MedSec.Data.Sample.MarketFigures.LoadDefault(), new DateOnly(2026, 11, 23));

        Assert.Equal(["careers.csv", "departements.csv", "market_figures.csv"], others.Select(t => t.File));
        var departements = others[1];
        Assert.Equal(101, departements.Rows); // 96 metropolitan (2A and 2B) + 5 overseas
        Assert.Null(departements.AsOf);
        var market = others[2];
        Assert.Null(market.AsOf);
        // Periods of market_figures.csv: 2018 (oldest) … 2025 (newest), and some "undated".
        Assert.Equal("2018–2025 (et non datées)", market.Period);
        Assert.All(others, t => Assert.NotEmpty(t.Sources));
    }

    [Fact]
    public void EveryStatusOfTheBundledTablesIsSaidInFrench() // market_figures.csv's confidence is French already
    {
        var today = new DateOnly(2026, 11, 23);
        var tables = ReferenceCatalog.Describe(Bundled, today).Concat(ReferenceCatalog.DescribeOthers(
            MedSec.Data.Careers.CareerCatalogLoader.LoadDefault(), MedSec.Data.Geography.FrenchGeography.LoadDefault(),
            MedSec.Data.Sample.MarketFigures.LoadDefault(), today).Where(t => t.File == "careers.csv"));
        var statuses = tables.SelectMany(t => t.Statuses.Keys).Concat(MedSec.Data.Careers.CareerCatalogLoader.Statuses).Distinct().ToList();

        Assert.Contains("assumption", statuses); // careers.csv's shares nobody published
        Assert.All(statuses, s => Assert.NotEqual(s, ReferenceCatalog.StatusLabel(s)));
        Assert.Equal("hypothèse", ReferenceCatalog.StatusLabel("assumption"));
    }
}
