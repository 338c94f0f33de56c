using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Careers;
using MedSec.Data.Reference;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using static MedSec.Analytics.Tests.Careers.CareerTestServices;

namespace MedSec.Analytics.Tests.Careers;

/// <summary>data/sample/career_histories.csv: synthetic, reproducible from its seed, read and written losslessly.</summary>
public sealed class CareerHistoryCsvTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("medsec-histories-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Write(IEnumerable<CareerHistoryRow> rows)
    {
        using var writer = new StringWriter();
        CareerHistoryCsv.Write(writer, rows);
        return writer.ToString();
    }

    [Fact]
    public void TheBundledHistoriesAreTheSeededGeneratorsOutput()
    {
        var bundled = File.ReadAllText(Path.Combine(CareerHistoryCsv.DefaultDirectory(), CareerHistoryCsv.FileName));

        var regenerated = Write(SyntheticHistories.Generate(Catalog, new SyntheticHistoryOptions()));

        // If this fails after changing careers.csv or the generator: dotnet run notebooks/04-career-paths.cs -- --write-histories
        Assert.True(bundled == regenerated, "data/sample/career_histories.csv differs from the generator's output");
    }

    [Fact]
    public void TheBundledHistoriesAreLabelledSynthetic()
    {
        var rows = CareerHistoryCsv.LoadDefault();

        Assert.All(rows, r => Assert.StartsWith(SyntheticHistories.PersonPrefix, r.PersonId));
        Assert.Equal(new SyntheticHistoryOptions().Persons, rows.Select(r => r.PersonId).Distinct().Count());
        var notes = File.ReadAllText(Path.Combine(CareerHistoryCsv.DefaultDirectory(), "CAREERS.md"));
        Assert.Contains("synthetic", notes, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(new SyntheticHistoryOptions().Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), notes);
    }

    [Property(MaxTest = 15)]
    public Property WrittenHistoriesReadBackUnchanged() =>
        Prop.ForAll(
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            seed =>
            {
                var rows = SyntheticHistories.Generate(Catalog, new SyntheticHistoryOptions { Seed = seed, Persons = 30 });
                var path = Path.Combine(_temp, $"h{seed}.csv");
                File.WriteAllText(path, Write(rows));
                return CareerHistoryCsv.Read(path).SequenceEqual(rows);
            });

    [Fact]
    public void AnUnknownRegionIsReportedWithLineAndColumn()
    {
        var path = Path.Combine(_temp, "bad.csv");
        File.WriteAllText(path, "person_id,date,role,sector,region,specialty,experience_years\nP1,2020-01-01,secretary,private,84,general,3\nP1,2021-01-01,secretary,private,99,general,4\n");

        var error = Assert.Throws<ReferenceDataException>(() => CareerHistoryCsv.Read(path));

        Assert.Equal(3, error.Line);
        Assert.Equal("region", error.Column);
    }

    [Fact]
    public void AnUnknownRoleIsRefused()
    {
        var path = Path.Combine(_temp, "bad-role.csv");
        File.WriteAllText(path, "person_id,date,role,sector,region,specialty,experience_years\nP1,2020-01-01,nurse,private,84,general,3\n");

        Assert.Equal("role", Assert.Throws<ReferenceDataException>(() => CareerHistoryCsv.Read(path)).Column);
    }
}
