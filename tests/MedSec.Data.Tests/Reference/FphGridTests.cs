using System.Globalization;
using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Reference;

public sealed class FphGridTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private static readonly DateOnly July2023 = new(2023, 7, 1);
    private static readonly DateOnly January2024 = new(2024, 1, 1);

    private IReadOnlyList<GridStep> Grids => fixture.Data.Grids;

    [Theory]
    // Échelon counts: décret 2022-1207 / 2022-1206 (AMA: 13, 12 since 1 Sept 2022, 11); décret 2021-1827 (C1 11, C2 12, C3 10).
    [InlineData("AMA-CN", 13)]
    [InlineData("AMA-CS", 12)]
    [InlineData("AMA-CE", 11)]
    [InlineData("AAH-C1", 11)]
    [InlineData("AAH-C2", 12)]
    [InlineData("AAH-C3", 10)]
    public void EveryGradeHasItsFullEchelonListInEachPeriod(string gradeCode, int echelons)
    {
        Assert.True(CodeBook.Grades.TryParse(gradeCode, out var grade));
        var periods = Grids.Where(g => g.Grade == grade).GroupBy(g => g.ValidFrom).ToList();

        Assert.Equal([July2023, January2024], periods.Select(p => p.Key).Order());
        foreach (var period in periods)
        {
            var steps = period.OrderBy(s => s.Echelon).ToList();
            Assert.Equal(Enumerable.Range(1, echelons), steps.Select(s => s.Echelon));
            Assert.All(steps.SkipLast(1), s => Assert.True(s.DurationMonths > 0, $"{gradeCode} {s.Echelon}"));
            Assert.Null(steps[^1].DurationMonths);
        }
    }

    [Fact]
    public void IndicesRiseWithTheEchelon()
    {
        foreach (var series in Grids.GroupBy(g => (g.Grade, g.ValidFrom)))
        {
            var steps = series.OrderBy(s => s.Echelon).ToList();
            for (var i = 1; i < steps.Count; i++)
            {
                Assert.True(steps[i].GrossIndex > steps[i - 1].GrossIndex, $"IB {series.Key} {steps[i].Echelon}");
                Assert.True(steps[i].IndexPoints >= steps[i - 1].IndexPoints, $"IM {series.Key} {steps[i].Echelon}");
            }
        }
    }

    [Fact]
    public void July2023IndexIsJanuary2024IndexMinusFive()
    {
        // Décret n° 2023-519 du 28 juin 2023 art. 2: +5 points of indice majoré for every échelon on 1 January 2024.
        var january = Grids.Where(g => g.ValidFrom == January2024).ToDictionary(g => (g.Grade, g.Echelon));
        var july = Grids.Where(g => g.ValidFrom == July2023).ToList();

        Assert.Equal(january.Count, july.Count);
        Assert.All(july, step =>
        {
            var next = january[(step.Grade, step.Echelon)];
            Assert.Equal(next.IndexPoints - 5, step.IndexPoints);
            Assert.Equal(next.GrossIndex, step.GrossIndex);
            Assert.Equal(next.DurationMonths, step.DurationMonths);
            Assert.Equal("derived", step.Status);
        });
    }

    [Fact]
    public void NoIndexIsBelowTheMinimumDeTraitementOfItsPeriod()
    {
        Assert.All(Grids, step =>
        {
            var minimum = fixture.Data.MinimumIndexes.At(step.ValidFrom, m => m.ValidFrom, m => m.ValidTo);
            Assert.True(step.IndexPoints >= minimum.IndexPoints, $"{step.Grade} {step.Echelon} {step.ValidFrom}");
        });
    }

    [Theory]
    // IB from décret 2022-1207 (AMA) and décret 2021-1827 (C); IB 367 → IM 366 also confirmed by weka.fr (RESEARCH.md §1.2).
    [InlineData("AMA-CN", 1, 389, 373)]
    [InlineData("AMA-CN", 13, 597, 508)]
    [InlineData("AMA-CS", 12, 638, 539)]
    [InlineData("AMA-CE", 11, 707, 592)]
    [InlineData("AAH-C1", 1, 367, 366)]
    [InlineData("AAH-C3", 10, 558, 478)]
    public void January2024SpotValues(string gradeCode, int echelon, int grossIndex, int indexPoints)
    {
        Assert.True(CodeBook.Grades.TryParse(gradeCode, out var grade));
        var step = Grids.Single(g => g.Grade == grade && g.Echelon == echelon && g.ValidFrom == January2024);

        Assert.Equal((grossIndex, indexPoints), (step.GrossIndex, step.IndexPoints));
    }

    [Fact]
    public void TheMonthlyFixtureMatchesTheGridAndThePointValue()
    {
        // The fixture holds the research's own monthly column; it must describe the same rows as the grid,
        // and round(IM × annual point / 1200, 2) (DESIGN.md conventions) must give each figure.
        var rows = RawCsv.Rows(Path.Combine(TestPaths.Fixtures, "fph_grid_monthly_expected.csv"));
        Assert.Equal(Grids.Count, rows.Count);

        Assert.All(rows, row =>
        {
            Assert.True(CodeBook.Grades.TryParse(row["grade_code"], out var grade));
            var from = DateOnly.ParseExact(row["valid_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var step = Grids.Single(g => g.Grade == grade && g.Echelon == int.Parse(row["echelon"], CultureInfo.InvariantCulture) && g.ValidFrom == from);
            Assert.Equal(int.Parse(row["indice_majore"], CultureInfo.InvariantCulture), step.IndexPoints);

            var point = fixture.Data.PointValues.At(from, p => p.ValidFrom, p => p.ValidTo).AnnualValue;
            var expected = decimal.Parse(row["traitement_brut_mensuel_eur"], CultureInfo.InvariantCulture);
            Assert.Equal(expected, Math.Round(step.IndexPoints * point / 1200m, 2, MidpointRounding.AwayFromZero));
        });
    }
}
