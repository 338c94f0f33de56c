using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MedSec.Data.Tests.Reference;

/// <summary>Checks on the bundled CSV files themselves, read without the loader.</summary>
public sealed partial class ReferenceFilesTests
{
    private static readonly string[] TableNames =
    [
        "fph_grids.csv", "point_indice.csv", "minimum_traitement.csv", "smic.csv", "smic_mayotte.csv",
        "agreement_minima.csv", "fph_supplements.csv", "contribution_rates.csv", "pss.csv", "overtime_premiums.csv",
        "agreement_addons.csv",
    ];

    /// <summary>
    /// Tables checked by their own loaders' tests: geography (a département is named Somme), market aggregates, and
    /// careers.csv (MedSec.Data.Careers.CareerCatalogLoader, career paths).
    /// </summary>
    private static readonly string[] OtherTables = ["departements.csv", "market_figures.csv", "careers.csv"];

    public static TheoryData<string> Tables => [.. TableNames];

    [Fact]
    public void TheDirectoryHoldsExactlyTheLoadedTables()
    {
        var files = Directory.EnumerateFiles(TestPaths.BundledReference, "*.csv").Select(Path.GetFileName).Order();

        Assert.Equal(TableNames.Concat(OtherTables).Order(), files);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryRowHasASourceAValidFromAndAKnownStatus(string table)
    {
        var rows = RawCsv.Rows(Path.Combine(TestPaths.BundledReference, table));

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.False(string.IsNullOrWhiteSpace(row["source"]));
            Assert.True(DateOnly.TryParseExact(row["valid_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                $"valid_from '{row["valid_from"]}'");
            Assert.Contains(row["status"], new[] { "sourced", "derived", "inferred" });
        });
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void NoRowLooksLikeATotal(string table)
    {
        var rows = RawCsv.Rows(Path.Combine(TestPaths.BundledReference, table));

        Assert.All(rows, row => Assert.All(row, field => Assert.DoesNotMatch(TotalWord(), field.Value)));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void IsStrictUtf8WithoutByteOrderMark(string table)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.BundledReference, table));

        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "UTF-8 BOM");
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }

    [Fact]
    public void ComputedPayIsNotStored()
    {
        // Monthly pay = round(IM × annual point / 1200): computed by the pay rules, never stored (DESIGN.md conventions).
        var grid = RawCsv.Header(Path.Combine(TestPaths.BundledReference, "fph_grids.csv"));
        var point = RawCsv.Header(Path.Combine(TestPaths.BundledReference, "point_indice.csv"));

        Assert.DoesNotContain(grid, c => c.Contains("eur") || c.Contains("traitement") || c.Contains("monthly"));
        Assert.DoesNotContain(point, c => c.Contains("monthly"));
    }

    [GeneratedRegex(@"\b(total|sum|somme)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalWord();
}
