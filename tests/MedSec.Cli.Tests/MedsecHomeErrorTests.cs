using MedSec.Data.Store;

namespace MedSec.Cli.Tests;

/// <summary>
/// A MEDSEC_HOME the local store cannot live in (a file where its folder should be, a file that is not a SQLite base) is
/// refused on one French line, exit 1, naming the store: not "erreur inattendue (IOException) : The file … already exists".
/// </summary>
[Collection(MedsecHomeCollection.Name)]
public sealed class MedsecHomeErrorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("medsec-cli-home-").FullName;
    private readonly string? _previousHome = Environment.GetEnvironmentVariable(StoreLocation.HomeVariable);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, _previousHome);
        Directory.Delete(_root, recursive: true);
    }

    private CliRun RunWithHome(string home, params string[] args)
    {
        Environment.SetEnvironmentVariable(StoreLocation.HomeVariable, home);
        return CliRunner.Run(args);
    }

    [Theory]
    [InlineData("payroll", "list", "--json")]
    [InlineData("ingest", "{file}", "--json")]
    public void AHomeThatIsAFileIsSaidSoInFrench(params string[] args)
    {
        var home = Path.Combine(_root, "pas-un-dossier");
        File.WriteAllText(home, "");
        var input = Path.Combine(_root, "enquete.csv");
        File.WriteAllText(input, "date,sector,region,pay_amount\n2025-03-01,private,11,2100\n");

        var run = RunWithHome(home, [.. args.Select(a => a == "{file}" ? input : a)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(
            $"medsec: Base locale {Path.Combine(home, StoreLocation.FileName)} inaccessible : {home} est un fichier, pas un dossier (MEDSEC_HOME).",
            Assert.Single(run.ErrLines));
    }

    [Fact]
    public void AStoreFileThatIsNotASqliteBaseIsSaidSoInFrench()
    {
        var home = Directory.CreateDirectory(Path.Combine(_root, "home")).FullName;
        var database = Path.Combine(home, StoreLocation.FileName);
        File.WriteAllText(database, "pas une base\n");

        var run = RunWithHome(home, "payroll", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"medsec: Base locale {database} inaccessible : ce fichier n'est pas une base SQLite de MedSec.",
            Assert.Single(run.ErrLines));
    }
}
