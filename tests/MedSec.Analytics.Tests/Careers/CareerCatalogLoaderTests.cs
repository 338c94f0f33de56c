using System.Globalization;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Careers;
using MedSec.Data.Reference;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using static MedSec.Analytics.Tests.Careers.CareerTestServices;

namespace MedSec.Analytics.Tests.Careers;

/// <summary>The bundled data/reference/careers.csv: complete, sourced or marked as an assumption, and read strictly.</summary>
public sealed class CareerCatalogLoaderTests : IDisposable
{
    private static readonly string Bundled = Path.Combine(ReferenceDataLoader.DefaultDirectory(), CareerCatalogLoader.FileName);
    private readonly string _temp = Directory.CreateTempSubdirectory("medsec-careers-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static readonly string[] Columns = ["kind", "code", "status", "source", "note"];

    private static List<Dictionary<string, string>> RawRows()
    {
        using var reader = CsvReader.FromFile(Bundled, new CsvReaderOptions { HasHeader = true, FormatProvider = CultureInfo.InvariantCulture });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(Columns.ToDictionary(c => c, c => reader.GetString(c)));
        return rows;
    }

    [Fact]
    public void EveryRowIsSourcedOrAnAssumptionWithItsReasoning()
    {
        var rows = RawRows();

        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Contains(r["status"], CareerCatalogLoader.Statuses);
            Assert.False(string.IsNullOrWhiteSpace(r["source"]), $"{r["code"]}: no source");
            if (r["status"] == "assumption") Assert.False(string.IsNullOrWhiteSpace(r["note"]), $"{r["code"]}: an assumption needs its reasoning");
        });
    }

    [Fact]
    public void EveryCareerRoleOfTheDesignIsDefined() =>
        Assert.Equal(Enum.GetValues<CareerRole>().Order(), Catalog.Roles.Select(r => r.Role).Order());

    [Fact]
    public void TheTrainingRoutesOfTheIssueAreThere()
    {
        var routes = Catalog.Routes.ToDictionary(r => r.Code);

        Assert.InRange(routes["afpa"].DurationMonths, 6, 12);
        Assert.Equal(12, routes["du"].DurationMonths);
        Assert.Equal(18, routes["work-study"].DurationMonths);
        Assert.Equal(PayDuringTraining.Smic, routes["work-study"].PayDuringTraining);
        Assert.InRange(routes["vae"].DurationMonths, 8, 12);
        Assert.Equal(PayDuringTraining.Current, routes["vae"].PayDuringTraining);
        Assert.Equal(PayDuringTraining.None, routes["rncp-sama"].PayDuringTraining);
        Assert.Contains("CNAM", routes["cnam"].Label);
        Assert.All(routes.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.Funding)));
        // Every route leads somewhere.
        Assert.All(routes.Keys, code => Assert.Contains(Catalog.Moves, m => m.TrainingRoute == code));
    }

    [Fact]
    public void PublicGradesArePaidByTheirGridAndOthersByTheMarket() =>
        Assert.All(Catalog.Roles, r =>
        {
            Assert.Equal(CareerRoles.IsPublic(r.Role), r.PayBasis == PayBasis.Grid);
            if (r.PayBasis != PayBasis.Grid) Assert.True(r.PayFactor > 0m);
        });

    [Property]
    public Property PriorsOfTheMovesOutOfARoleSumToAtMostOne() =>
        Prop.ForAll(
            Gen.Elements(Enum.GetValues<CareerRole>()).ToArbitrary(),
            role => Catalog.MovesFrom(role).Sum(m => m.AnnualProbability) <= 1.0
                && Catalog.Priors(role).Values.All(p => p is >= 0.0 and <= 1.0)
                && Math.Abs(Catalog.Priors(role).Values.Sum() - 1.0) < 1e-12);

    [Fact]
    public void TheFreelanceRateOf2026IsTheOneOfDecree2025_943() =>
        Assert.Equal(0.256m, Catalog.FreelanceChargeRate(D("2026-06-01")));

    [Fact]
    public void TheGradePromotionsOfTheDecreeAreThere()
    {
        var cnToCs = Catalog.Moves.Single(m => m.From == CareerRole.AmaCn && m.To == CareerRole.AmaCs);

        Assert.Equal(MoveRequirement.Promotion, cnToCs.Requirement);
        Assert.Equal(3, cnToCs.MinYearsInRole);
        Assert.Contains(Catalog.Moves, m => m.From == CareerRole.AmaCs && m.To == CareerRole.AmaCe);
        Assert.Contains(Catalog.Moves, m => m.From == CareerRole.Secretary && m.To == CareerRole.AmaCn && m.Requirement == MoveRequirement.Concours);
    }

    private string WriteCatalog(Func<string, string> change)
    {
        var text = change(File.ReadAllText(Bundled));
        File.WriteAllText(Path.Combine(_temp, CareerCatalogLoader.FileName), text);
        return _temp;
    }

    [Fact]
    public void AnUnknownStatusIsReportedWithLineAndColumn()
    {
        var directory = WriteCatalog(t => t.Replace("role,AMA-CN,Assistant médico-administratif de classe normale,,,,grid,,,,,,,,,,,,,,sourced,",
            "role,AMA-CN,Assistant médico-administratif de classe normale,,,,grid,,,,,,,,,,,,,,guessed,"));

        var error = Assert.Throws<ReferenceDataException>(() => CareerCatalogLoader.Load(directory));

        Assert.Equal(3, error.Line);
        Assert.Equal("status", error.Column);
        Assert.Contains("guessed", error.Message);
    }

    [Fact]
    public void AQualificationWithoutRouteIsRefused()
    {
        var directory = WriteCatalog(t => t.Replace("0,qualification,afpa,1,0.005", "0,qualification,,1,0.005").Replace("5,qualification,afpa,1,0.005", "5,qualification,,1,0.005"));

        Assert.Equal("training_route", Assert.Throws<ReferenceDataException>(() => CareerCatalogLoader.Load(directory)).Column);
    }

    [Fact]
    public void PriorsAboveOneAreRefusedNamingTheFile()
    {
        var directory = WriteCatalog(t => t.Replace(",0,none,,0,0.03,", ",0,none,,0,0.93,"));

        var error = Assert.Throws<ReferenceDataException>(() => CareerCatalogLoader.Load(directory));

        Assert.Equal(CareerCatalogLoader.FileName, error.FileName);
        Assert.Contains("secretary", error.Message);
    }

    [Fact]
    public void AMissingFileIsReported() =>
        Assert.Contains(CareerCatalogLoader.FileName, Assert.Throws<ReferenceDataException>(() => CareerCatalogLoader.Load(_temp)).Message);
}
