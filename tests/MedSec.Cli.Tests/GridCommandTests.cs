using System.Text;
using System.Text.Json;
using MedSec.Analytics;
using MedSec.Analytics.Estimation;
using MedSec.Data.Reference;
using MiniExcelLibs;

namespace MedSec.Cli.Tests;

/// <summary>
/// Services over the bundled reference data and sample, with a temporary store for payrolls (nothing under ~/.medsec),
/// shared by the <c>grid</c> tests (the sample is read once).
/// </summary>
public sealed class GridCliFixture : IDisposable
{
    public GridCliFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("medsec-grid-cli-").FullName;
        var database = Path.Combine(Directory, "medsec.db");
        Services = new MedSecServices(ReferenceDataLoader.LoadDefault())
        {
            EstimationSettings = EstimationSettings.Default() with { DatabasePath = database, ModelDirectory = Path.Combine(Directory, "models") },
        };
        // Positionnement 6: women paid 6 % less (0.94 × a man's pay); positionnement 7 at equal pay.
        var text = new StringBuilder("Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\n");
        decimal[] men = [1950m, 2000m, 2050m, 2100m];
        for (var i = 0; i < men.Length; i++)
        {
            text.Append($"H6-{i};H;Secrétaire médicale;6;01/09/2020;1;{men[i]:0.00};0\r\n".Replace('.', ','));
            text.Append($"F6-{i};F;Secrétaire médicale;6;01/09/2020;1;{Math.Round(men[i] * 0.94m, 2):0.00};0\r\n".Replace('.', ','));
            text.Append($"H7-{i};H;Secrétaire médicale;7;01/09/2018;1;2200,00;500\r\n");
            text.Append($"F7-{i};F;Secrétaire médicale;7;01/09/2018;1;2200,00;500\r\n");
        }
        PayrollId = Services.Grids.Payrolls.Import("paie.csv", Encoding.UTF8.GetBytes(text.ToString())).ImportId;
    }

    public string Directory { get; }

    public MedSecServices Services { get; }

    public long PayrollId { get; }

    public CliRun Run(params string[] args) => CliRunner.Run(() => Services, new DateOnly(2026, 3, 1), args);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public sealed class GridCommandTests(GridCliFixture fixture) : IClassFixture<GridCliFixture>
{
    private static readonly string[] Design =
        ["grid", "design", "--region", "84", "--employer", "cabinet", "--percentile", "60", "--levels", "5", "--steps", "4", "--date", "2026-03-01"];

    [Fact]
    public void TheJsonHasTheContractsFieldsAndNothingElseIsPrinted()
    {
        var run = fixture.Run([.. Design, "--json"]);

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        JsonAssert.HasFields(json, "levels", "asOf", "warnings", "market", "jobAdRanges", "agreement");
        var levels = json.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(5, levels.Count);
        foreach (var level in levels)
        {
            JsonAssert.HasFields(level, "level", "label", "steps", "floor");
            var floor = JsonAssert.Money(level, "floor");
            var steps = level.GetProperty("steps").EnumerateArray().ToList();
            Assert.Equal([0, 2, 5, 10], steps.Select(s => s.GetProperty("years").GetInt32()));
            Assert.All(steps, s => Assert.True(JsonAssert.Money(s, "monthlyGross") >= floor));
        }
        Assert.Equal(1823.03m, JsonAssert.Money(levels[0], "floor"));
        Assert.Equal(new DateOnly(2026, 1, 1), JsonAssert.Date(json, "asOf"));
        Assert.Contains(JsonAssert.Warnings(json), w => w.Contains("synthétiques", StringComparison.Ordinal));
        Assert.Equal("1147", json.GetProperty("agreement").GetString());
    }

    [Fact]
    public void WithoutJsonAReadableTableIsPrinted()
    {
        var run = fixture.Run(Design);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Grille salariale — Auvergne-Rhône-Alpes (84), cabinet, centile 60 du marché, au 01/03/2026", run.Out);
        Assert.Contains("Niveau 5 – Positionnement 9", run.Out);
        Assert.Contains("Fourchettes à publier dans les offres d'emploi", run.Out);
    }

    [Fact]
    public void WithAPayrollTheGapAlertIsRaisedInPositionnementSixOnly()
    {
        var json = fixture.Run([.. Design, "--payroll", fixture.PayrollId.ToString(), "--json"]).Json();

        var transparency = json.GetProperty("transparency");
        Assert.Equal(["6"], transparency.GetProperty("alertCategories").EnumerateArray().Select(c => c.GetString()));
        var staff = json.GetProperty("staff");
        var raises = staff.GetProperty("employees").EnumerateArray().Sum(e => e.GetProperty("annualRaise").GetDecimal());
        Assert.Equal(raises, staff.GetProperty("cost").GetProperty("annualRaises").GetDecimal());
        Assert.True(staff.GetProperty("cost").GetProperty("chargeRateAssumed").GetBoolean());
        Assert.Equal("f", staff.GetProperty("employees")[1].GetProperty("gender").GetString());
    }

    [Fact]
    public void TheTableNamesTheAlertAndTheEstimatedCharges()
    {
        var run = fixture.Run([.. Design, "--payroll", fixture.PayrollId.ToString(), "--charge-rate", "42"]);

        Assert.Contains("Alerte, catégorie 6 : Écart de rémunération horaire moyenne de 6,0 %", run.Out);
        Assert.Contains("Charges patronales estimées à 42 % du brut (taux indiqué par l'utilisateur).", run.Out);
    }

    [Fact]
    public void TheXlsxExportOpensBackWithTheGridInRealNumbers()
    {
        var file = Path.Combine(fixture.Directory, "grille.xlsx");

        var run = fixture.Run([.. Design, "--payroll", fixture.PayrollId.ToString(), "--export", file, "--json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Exporté : {file}", run.Err);
        var json = run.Json();
        var rows = MiniExcel.Query(file, useHeaderRow: true, sheetName: "Grille").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal((double)json.GetProperty("levels")[4].GetProperty("steps")[3].GetProperty("monthlyGross").GetDecimal(), rows[4]["10 ans"]);
        Assert.Equal(16, MiniExcel.Query(file, useHeaderRow: true, sheetName: "Personnel").Count());
    }

    [Fact]
    public void TheCsvExportWritesTheGridAndOneFilePerOtherTable()
    {
        var file = Path.Combine(fixture.Directory, "grille.csv");

        var run = fixture.Run([.. Design, "--payroll", fixture.PayrollId.ToString(), "--export", file]);

        Assert.Equal(0, run.ExitCode);
        var grid = File.ReadAllText(file, Encoding.UTF8);
        Assert.StartsWith("Niveau;Libellé;Position conventionnelle;Plancher légal;Plancher fixé par;0 an;2 ans;5 ans;10 ans", grid.TrimStart('\uFEFF'));
        Assert.Contains("1;Niveau 1 – Positionnement 5;5;1823,03;SMIC;", grid);
        foreach (var code in new[] { "marche", "annonces", "personnel", "cout", "ecarts" })
            Assert.True(File.Exists(Path.Combine(fixture.Directory, $"grille-{code}.csv")), code);
    }

    /// <summary>
    /// An export that cannot be written is one French line naming why: .NET's own messages ("Could not find a part of the
    /// path", "Access to the path is denied") are English, and a folder given for the file is a folder, not a permission.
    /// </summary>
    [Theory]
    [InlineData("absent/grille.csv", "son dossier n'existe pas")]
    [InlineData("absent/grille.xlsx", "son dossier n'existe pas")]
    [InlineData("dossier.csv", "c'est un dossier, pas un fichier")]
    [InlineData("dossier.xlsx", "c'est un dossier, pas un fichier")]
    public void AnExportThatCannotBeWrittenSaysWhyInFrench(string relative, string reason)
    {
        Directory.CreateDirectory(Path.Combine(fixture.Directory, "dossier.csv"));
        Directory.CreateDirectory(Path.Combine(fixture.Directory, "dossier.xlsx"));
        var file = Path.Combine(fixture.Directory, relative);

        var run = fixture.Run([.. Design, "--export", file, "--json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal($"medsec: Écriture impossible de {file} : {reason}.", Assert.Single(run.ErrLines));
    }

    [Fact]
    public void TheLetterGivesTheEmployeesPayAndHerCategorysAveragesBySex()
    {
        var json = fixture.Run("grid", "letter", "--payroll", fixture.PayrollId.ToString(), "--employee", "F6-0", "--json").Json();

        Assert.Equal("6", json.GetProperty("category").GetString());
        Assert.Equal(1833m, json.GetProperty("baseMonthlyGross").GetDecimal());
        Assert.Equal(24300m, json.GetProperty("men").GetProperty("meanAnnualBase").GetDecimal());
        Assert.Equal("2026-03-01", json.GetProperty("date").GetString());
    }

    /// <summary>
    /// A blank matricule is a missing value, bad usage (exit 2), as a blank --payroll is: it was looked up in the payroll and
    /// refused as "Matricule '' absent de la paie importée", exit 1.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void TheLetterOfABlankMatriculeIsBadUsage(string employee)
    {
        var run = fixture.Run("grid", "letter", "--payroll", fixture.PayrollId.ToString(), "--employee", employee, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["medsec: Paramètre employee manquant."], run.ErrLines);
    }

    [Theory]
    [InlineData(1, "--percentile", "0")]
    [InlineData(2, "--percentile", "soixante")]
    [InlineData(1, "--levels", "13")]
    [InlineData(2, "--payroll", "abc")]
    [InlineData(1, "--export", "grille.pdf")]
    [InlineData(1, "--region", "99")]
    [InlineData(1, "--employer", "boulangerie")]
    [InlineData(1, "--agreement", "9999")]
    [InlineData(1, "--payroll", "987654")]
    public void BadValuesFailWithOneLineOnStderr(int exit, string option, string value)
    {
        var args = Design.ToList();
        var at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value;
        else args.AddRange([option, value]);

        var run = fixture.Run([.. args, "--json"]);

        Assert.Equal(exit, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Single(run.ErrLines);
        Assert.StartsWith("medsec: ", run.Err);
    }

    [Fact]
    public void AMissingOptionIsBadUsage() =>
        Assert.Equal(2, fixture.Run("grid", "design", "--region", "84", "--json").ExitCode);

    [Fact]
    public void JsonNumbersHaveAtLeastTwoDecimals()
    {
        var json = fixture.Run([.. Design, "--json"]).Json();

        Assert.Equal(JsonValueKind.Number, json.GetProperty("percentile").ValueKind);
        JsonAssert.Money(json.GetProperty("levels")[0].GetProperty("steps")[0], "monthlyGross");
    }

    [Fact]
    public void AnUnknownPayrollNamesTheCommandThatListsThemAndThatCommandRuns()
    {
        var run = fixture.Run([.. Design, "--payroll", "999999"]);

        Assert.Equal(1, run.ExitCode);
        var hint = System.Text.RegularExpressions.Regex.Match(run.Err, @"medsec ([a-z ]+)\)");
        Assert.True(hint.Success, run.Err);
        var listed = fixture.Run(hint.Groups[1].Value.Split(' '));
        Assert.True(listed.ExitCode == 0, $"'medsec {hint.Groups[1].Value}' failed: {listed.Err}");
        Assert.Contains(fixture.PayrollId.ToString(), listed.Out + listed.Err);
    }
}
