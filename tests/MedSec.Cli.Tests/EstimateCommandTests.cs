using System.Text.Json;
using MedSec.Analytics;
using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Market;
using MedSec.Data.Reference;

namespace MedSec.Cli.Tests;

/// <summary>
/// A throw-away MEDSEC_HOME and two service sets: one over the bundled sample (the estimate contract, trained once for
/// the class since no model is saved there), one over a small cut of it (train and evaluate, in seconds).
/// </summary>
public sealed class EstimateCliFixture : IDisposable
{
    public EstimateCliFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "medsec-cli-estimate", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        var reference = ReferenceDataLoader.LoadDefault();
        Bundled = new MedSecServices(reference)
        {
            EstimationSettings = new EstimationSettings(Path.Combine(Root, "bundled-models"), MarketData.DefaultSampleFile(),
                Path.Combine(Root, "none.db"), TrainingOptions.Default),
        };
        var small = Path.Combine(Root, "small.csv");
        File.WriteAllLines(small, File.ReadLines(MarketData.DefaultSampleFile()).Take(3001));
        Small = () => new MedSecServices(reference)
        {
            EstimationSettings = new EstimationSettings(Path.Combine(Root, "small-models"), small, Path.Combine(Root, "none.db"),
                TrainingOptions.Default with { Trees = 120, SpreadTrees = 40 }),
        };
    }

    public string Root { get; }

    public MedSecServices Bundled { get; }

    /// <summary>New services each call (as each <c>medsec</c> process), over the small sample and its own models folder.</summary>
    public Func<MedSecServices> Small { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

public sealed class EstimateCommandTests(EstimateCliFixture fixture) : IClassFixture<EstimateCliFixture>
{
    private static readonly string[] IssueProfile =
        ["estimate", "--sector", "private", "--region", "11", "--experience", "5", "--specialty", "cardiology", "--employer", "clinique", "--json"];

    private CliRun Estimate(params string[] args) => CliRunner.Run(() => fixture.Bundled, args);

    [Fact]
    public void EstimatePrintsTheContractFieldsAsOneJsonObject()
    {
        var run = Estimate(IssueProfile);

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        JsonAssert.HasFields(json, "median", "p10", "p25", "p75", "p90", "floor", "n", "assumed", "explanation", "atHours", "model");
        var (p10, p25, median, p75, p90, floor) = (JsonAssert.Money(json, "p10"), JsonAssert.Money(json, "p25"), JsonAssert.Money(json, "median"),
            JsonAssert.Money(json, "p75"), JsonAssert.Money(json, "p90"), JsonAssert.Money(json, "floor"));
        Assert.True(floor <= p10 && p10 <= p25 && p25 <= median && median <= p75 && p75 <= p90);
        Assert.True(json.GetProperty("n").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("assumed").ValueKind);
        Assert.True(json.GetProperty("assumed").TryGetProperty("size", out _));
        Assert.False(json.GetProperty("assumed").TryGetProperty("employer", out _));
        var effects = json.GetProperty("explanation").EnumerateArray().ToList();
        Assert.NotEmpty(effects);
        Assert.All(effects, e => JsonAssert.HasFields(e, "feature", "effect", "text"));
        JsonAssert.HasFields(json.GetProperty("atHours"), "weeklyHours", "median", "p10", "p25", "p75", "p90", "floor");
        Assert.Equal(median, JsonAssert.Money(json.GetProperty("atHours"), "median"));
        Assert.Equal(ModelInfo.Sample, json.GetProperty("model").GetProperty("origin").GetString());
    }

    [Fact]
    public void TheIssuesProfilePaysMoreInIleDeFranceThanInBourgogneFrancheComte()
    {
        var paris = Estimate(IssueProfile).Json();
        var dijon = Estimate([.. IssueProfile.Select(a => a == "11" ? "27" : a)]).Json();
        Assert.True(JsonAssert.Money(paris, "median") > JsonAssert.Money(dijon, "median"));
    }

    [Fact]
    public void StderrSaysWhichModelAnswered()
    {
        var run = Estimate(IssueProfile);
        Assert.Contains(run.ErrLines, l => l.StartsWith("medsec: ", StringComparison.Ordinal)
            && l.Contains("modèle entraîné sur l'échantillon fourni", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTableSpeaksFrenchToABeginner()
    {
        var run = Estimate("estimate", "--sector", "private", "--region", "84", "--experience", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 an d'expérience", run.Out);
        Assert.DoesNotContain("0 ans", run.Out);
        Assert.Matches(@"Valeurs supposées : [^\n]*spécialité = ", run.Out);
        Assert.DoesNotContain("specialty =", run.Out);
    }

    [Fact]
    public void WeeklyHoursGiveTheProratedFigures()
    {
        var json = Estimate("estimate", "--sector", "remote", "--region", "84", "--experience", "3", "--weekly-hours", "17,5", "--json").Json();
        var atHours = json.GetProperty("atHours");
        Assert.Equal(17.5m, atHours.GetProperty("weeklyHours").GetDecimal());
        Assert.True(JsonAssert.Money(atHours, "median") < JsonAssert.Money(json, "median"));
        Assert.False(json.GetProperty("assumed").TryGetProperty("weeklyHours", out _));
    }

    [Fact]
    public void WithoutJsonATableIsPrinted()
    {
        var run = Estimate("estimate", "--sector", "public", "--region", "93", "--experience", "12");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Médiane", run.Out, StringComparison.Ordinal);
        Assert.Contains("Plancher légal", run.Out, StringComparison.Ordinal);
        Assert.Contains("Ce qui joue", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "estimate", "--sector", "private", "--region", "99", "--experience", "5")]
    [InlineData(1, "estimate", "--sector", "private", "--region", "11", "--experience", "5", "--employer", "usine")]
    [InlineData(2, "estimate", "--sector", "private", "--region", "11", "--experience", "cinq")]
    [InlineData(1, "estimate", "--sector", "private", "--region", "11", "--experience", "60")]
    [InlineData(2, "estimate", "--region", "11", "--experience", "5")]
    public void BadRequestsFailWithOneLineOnStderr(int exitCode, params string[] args)
    {
        var run = Estimate([.. args, "--json"]);
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Single(run.ErrLines, l => l.StartsWith("medsec: ", StringComparison.Ordinal) && !l.Contains("modèle", StringComparison.Ordinal));
    }

    [Fact]
    public void TrainSavesAndEvaluateLoadsTheSavedModelAndPrintsTheOutsideCheck()
    {
        var train = CliRunner.Run(fixture.Small, "train", "--json");
        Assert.Equal(0, train.ExitCode);
        var trained = train.Json();
        JsonAssert.HasFields(trained, "rows", "maeModel", "maeBaseline", "coverage80", "coverage80BySector", "savedTo");
        Assert.Equal(3000, trained.GetProperty("rows").GetInt32());
        Assert.True(Directory.Exists(trained.GetProperty("savedTo").GetString()));

        var evaluate = CliRunner.Run(fixture.Small, "evaluate", "--json");
        Assert.Equal(0, evaluate.ExitCode);
        var json = evaluate.Json();
        JsonAssert.HasFields(json, "rows", "maeModel", "maeBaseline", "coverage80", "coverage80BySector", "outsideCheck");
        Assert.Equal(JsonAssert.Money(trained, "maeModel"), JsonAssert.Money(json, "maeModel"));
        Assert.Equal(ModelInfo.Saved, json.GetProperty("model").GetProperty("origin").GetString());
        Assert.Contains(evaluate.ErrLines, l => l.Contains("modèle enregistré chargé", StringComparison.Ordinal));
        var national = json.GetProperty("outsideCheck").GetProperty("national").EnumerateArray().ToList();
        Assert.Equal(5, national.Count);
        Assert.All(national, r => JsonAssert.HasFields(r, "measure", "model", "sample", "outside", "published", "gap", "gapPercent", "figureId"));

        var table = CliRunner.Run(fixture.Small, "evaluate");
        Assert.Contains("Comparaison avec des chiffres publiés", table.Out, StringComparison.Ordinal);
        Assert.Contains("pcs542a_net_p50", table.Out, StringComparison.Ordinal);
        // The coverage per sector names each sector in French, as the rest of the table speaks: the JSON's keys are the
        // codes ("private"), the table's rows are words ("secteur privé", "secteur télésecrétariat").
        Assert.Contains("secteur privé ", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("secteur private", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("secteur remote", table.Out, StringComparison.Ordinal);
    }

    /// <summary>The evaluation's notes and the model's line are read beside the table: their dates as jj/mm/aaaa and their
    /// euros grouped, as every figure of the table (the JSON keeps ISO).</summary>
    [Fact]
    public void TheEvaluationsNotesWriteDatesAndEurosAsTheTableDoes()
    {
        var table = CliRunner.Run(fixture.Small, "evaluate").Out.Replace('\u00a0', ' ').Replace('\u202f', ' ');
        var notes = table[table.IndexOf("• ", StringComparison.Ordinal)..];

        // generator_parameters.csv converts the PCS 542A nets to gross at the rates of 2023-07-01.
        Assert.Contains("convertis en brut aux taux du 01/07/2023", notes, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", notes);
        Assert.DoesNotMatch(@"(?<![\d ])\d{4},\d{2} €", notes);
    }
}
