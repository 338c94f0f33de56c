using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Frames;
using MedSec.Data.Tests.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using Microsoft.Data.Analysis;

namespace MedSec.Data.Tests.Frames;

public class ObservationFrameTests
{
    private static NormalisedObservation Row(decimal gross, string region = "84", Sector sector = Sector.Private,
        ObservationFlags flags = ObservationFlags.None, decimal? experience = 4m, int line = 2) =>
        new(ObservationBuilder.Valid() with { Region = new Region(region), Sector = sector, ExperienceYears = experience, PayAmount = gross },
            line, gross, false, flags, flags == ObservationFlags.None ? null : "flagged", new Dictionary<string, string>());

    [Fact]
    public void DataFrameColumnsAreTypedAndHoldTheRows()
    {
        var frame = ObservationFrame.From([Row(2100.50m, line: 2), Row(1900m, "11", Sector.Public, experience: null, line: 5)]);
        var df = frame.DataFrame;

        Assert.Equal(2, df.Rows.Count);
        Assert.IsType<DecimalDataFrameColumn>(df.Columns["monthly_gross"]);
        Assert.Equal(2100.50m, df.Columns["monthly_gross"][0]);
        Assert.Equal(5, df.Columns["line"][1]);
        Assert.Equal(new DateTime(2025, 3, 15), df.Columns["date"][0]);
        Assert.Equal((byte)Sector.Public, df.Columns["sector"][1]);
        Assert.Null(df.Columns["experience_years"][1]);
        Assert.Equal(1, df.Columns["experience_years"].NullCount);
        Assert.Equal(4m, df.Columns["experience_years"][0]);
    }

    [Fact]
    public void LabelledDataFrameHasTextCodes()
    {
        var df = ObservationFrame.From([Row(2100m), Row(1900m, "11", Sector.Public)]).ToLabelledDataFrame();
        Assert.Equal("public", df.Columns["sector"][1]);
        Assert.Equal("11", df.Columns["region"][1]);
        Assert.Equal("cabinet", df.Columns["employer_type"][0]);
        Assert.Equal("survey", df.Columns["source"][0]);
        Assert.Equal("Secrétaire médicale", df.Columns["job_title"][0]);
        Assert.Equal("none", df.Columns["flags"][0]);
    }

    [Fact]
    public void PercentilesPerCellSuppressCellsUnderK()
    {
        var rows = Enumerable.Range(1, 10).Select(i => Row(2000m + i * 100, "84"))
            .Concat(Enumerable.Range(1, 4).Select(i => Row(1800m + i, "11")))
            .ToList();
        var table = ObservationFrame.From(rows).Percentiles(new PercentileQuery(GroupBy: [FrameDimension.Region]));

        Assert.Equal([["11"], ["84"]], table.Cells.Select(c => c.Key));
        var paris = table.Cell("11")!;
        Assert.True(paris.Suppressed);
        Assert.Equal(4, paris.N);
        var lyon = table.Cell("84")!;
        Assert.Equal(10, lyon.N);
        Assert.Equal([2190m, 2325m, 2550m, 2775m, 2910m], lyon.Values);
        Assert.Equal(2550m, table.Value(lyon, 0.5m));
    }

    [Fact]
    public void FiltersAndMultiColumnGroupsCombine()
    {
        var rows = Enumerable.Range(1, 6).Select(i => Row(2000m + i, "84", Sector.Private, experience: 1))
            .Concat(Enumerable.Range(1, 6).Select(i => Row(2100m + i, "84", Sector.Private, experience: 12)))
            .Concat(Enumerable.Range(1, 6).Select(i => Row(2200m + i, "84", Sector.Public, experience: 12)))
            .Append(Row(99_999m, "84", Sector.Private, ObservationFlags.Absurd, experience: 12))
            .ToList();
        var table = ObservationFrame.From(rows).Percentiles(new PercentileQuery(
            new ObservationFilter(Region: new Region("84"), MinExperience: 10),
            [FrameDimension.Sector, FrameDimension.ExperienceBand], [0.5m]));

        Assert.Equal([["public", "10-19"], ["private", "10-19"]], table.Cells.Select(c => c.Key));
        Assert.Equal(6, table.Cell("private", "10-19")!.N);
        Assert.Equal(2103.5m, table.Cell("private", "10-19")!.Values![0]);
    }

    [Fact]
    public void AnEmptyFrameHasTypedColumnsAndNoCells()
    {
        var frame = ObservationFrame.From(Array.Empty<NormalisedObservation>());
        Assert.Equal(0, frame.DataFrame.Rows.Count);
        Assert.IsType<DecimalDataFrameColumn>(frame.DataFrame.Columns["monthly_gross"]);
        Assert.Empty(frame.Percentiles(new PercentileQuery(GroupBy: [FrameDimension.Region, FrameDimension.Year])).Cells);
        Assert.Equal(0, frame.ToLabelledDataFrame().Rows.Count);
    }

    [Fact]
    public void WithoutGroupsThereIsOneCell()
    {
        var table = ObservationFrame.From([Row(1m), Row(2m), Row(3m), Row(4m), Row(5m)]).Percentiles();
        var cell = Assert.Single(table.Cells);
        Assert.Empty(cell.Key);
        Assert.Equal(3m, table.Value(cell, 0.5m));
    }

    [Property(MaxTest = 100, Replay = "(3470,5)")]
    public Property GroupCountsSumToTheRowsTheFilterKeeps() =>
        Prop.ForAll(Arb.From(Gen.ListOf(
            from region in Gen.Elements("11", "84", "93", "04")
            from sector in Gen.Elements(Enum.GetValues<Sector>())
            from gross in Gen.Choose(1500, 4000)
            select (region, sector, gross))), rows =>
        {
            var frame = ObservationFrame.From(rows.Select(r => Row(r.gross, r.region, r.sector)).ToList());
            var table = frame.Percentiles(new PercentileQuery(GroupBy: [FrameDimension.Region, FrameDimension.Sector], K: 3));
            Assert.Equal(rows.Count, table.Cells.Sum(c => c.N));
            foreach (var cell in table.Cells)
            {
                Assert.Equal(cell.N < 3, cell.Suppressed);
                if (cell.Values is { } v) Assert.Equal(v.Order(), v);
            }
        });

    /// <summary>Grouping by one code column with only flags excluding rows takes a shorter path from 4 096 rows (the groups
    /// binned together, no key per row): it must give the table of the general path, reached here through a filter that
    /// keeps the same rows, below that size and above it.</summary>
    [Property(MaxTest = 100, Replay = "(6502,17)")]
    public Property OneCodeColumnGivesTheTableOfTheGeneralPath() =>
        Prop.ForAll(Arb.From(
            from count in Gen.OneOf(Gen.Choose(0, 100), Gen.Choose(4_096, 6_000))
            from seed in Gen.Choose(0, int.MaxValue)
            from k in Gen.Choose(1, 4)
            from exclude in Gen.Elements(ObservationFlags.None, ObservationFlags.Absurd, ObservationFlags.Absurd | ObservationFlags.BelowFloor)
            select (count, seed, k, exclude)), t =>
        {
            var (count, seed, k, exclude) = t;
            var random = new Random(seed);
            string[] regions = ["11", "84", "93", "04", "06"];
            ObservationFlags[] kinds = [ObservationFlags.None, ObservationFlags.Absurd, ObservationFlags.BelowFloor];
            var rows = Enumerable.Range(0, count)
                .Select(_ => (region: regions[random.Next(regions.Length)], gross: random.Next(1500, 4001), flags: kinds[random.Next(kinds.Length)]))
                .ToList();
            var frame = ObservationFrame.From(rows.Select(r => Row(r.gross, r.region, flags: r.flags)).ToList());
            PercentileTable Table(ObservationFilter filter) =>
                frame.Percentiles(new PercentileQuery(filter, [FrameDimension.Region], [0.1m, 0.5m, 0.9m], k));

            var shortPath = Table(new ObservationFilter(ExcludeFlags: exclude));
            var general = Table(new ObservationFilter(ExcludeFlags: exclude, From: DateOnly.MinValue));

            Assert.Equal(general.Cells.Select(c => (string.Join("/", c.Key), c.N, c.Values is null ? "" : string.Join(";", c.Values))),
                shortPath.Cells.Select(c => (string.Join("/", c.Key), c.N, c.Values is null ? "" : string.Join(";", c.Values))));
            Assert.Equal(rows.Count(r => (r.flags & exclude) == 0), shortPath.Cells.Sum(c => c.N));
        });
}
