using System.Text;
using MedSec.Data.Store;

namespace MedSec.Cli.Tests;

/// <summary><c>medsec payroll list | show | delete</c> after <c>medsec ingest --format payroll</c>, in a temporary MEDSEC_HOME.</summary>
[Collection(MedsecHomeCollection.Name)]
public sealed class PayrollCommandsTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "medsec-cli-payroll", Guid.NewGuid().ToString("N"));
    private readonly string? _previousHome = Environment.GetEnvironmentVariable(StoreLocation.HomeVariable);

    public PayrollCommandsTests()
    {
        Directory.CreateDirectory(_home);
        Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, _home);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, _previousHome);
        Directory.Delete(_home, recursive: true);
    }

    private const string Payroll =
        "Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\n" +
        "A001;F;Secrétaire médicale;7;01/09/2019;1;2 150,00;1 200,00\r\n" +
        "A002;M;Secrétaire médicale;6;15/03/2022;80 %;1 720,00;\r\n";

    private long ImportPayroll()
    {
        var path = Path.Combine(_home, "paie.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(Payroll));
        var run = CliRunner.Run("ingest", path, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("payroll", run.Json().GetProperty("format").GetString());
        return run.Json().GetProperty("importId").GetInt64();
    }

    [Fact]
    public void ListShowsTheImportAndShowItsEmployees()
    {
        var id = ImportPayroll();

        var list = CliRunner.Run("payroll", "list", "--json");
        var show = CliRunner.Run("payroll", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

        Assert.Equal(0, list.ExitCode);
        var import = Assert.Single(list.Json().GetProperty("imports").EnumerateArray());
        Assert.Equal(id, import.GetProperty("id").GetInt64());
        Assert.Equal(2, import.GetProperty("accepted").GetInt32());
        Assert.Equal(["A001", "A002"], show.Json().GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("employeeId").GetString()));
    }

    [Fact]
    public void ShowGivesEachGenderAsItsCodeAsTheGridsStaffDoes()
    {
        var id = ImportPayroll();

        var rows = CliRunner.Run("payroll", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")
            .Json().GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(["f", "m"], rows.Select(r => r.GetProperty("gender").GetString()));
        Assert.Equal([2150.00m, 2150.00m], rows.Select(r => r.GetProperty("fullTimeMonthlyBase").GetDecimal())); // 1720 / 0.8
    }

    [Fact]
    public void DeleteRemovesTheImportAndSaysHowManyEmployees()
    {
        var id = ImportPayroll();

        var run = CliRunner.Run("payroll", "delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Json().GetProperty("deleted").GetBoolean());
        Assert.Equal(2, run.Json().GetProperty("rows").GetInt32());
        Assert.Empty(CliRunner.Run("payroll", "list", "--json").Json().GetProperty("imports").EnumerateArray());
    }

    [Fact]
    public void DeletingAnUnknownImportIsRefusedAndABadIdIsBadUsage()
    {
        var unknown = CliRunner.Run("payroll", "delete", "999");
        var bad = CliRunner.Run("payroll", "delete", "abc");

        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("medsec: Aucun import de paie n° 999", unknown.Err);
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public void TableOutputNamesTheDeletedFile()
    {
        var id = ImportPayroll();

        var run = CliRunner.Run("payroll", "delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("paie.csv", run.Out);
        Assert.Contains("2 salariés", run.Out);
    }
}
