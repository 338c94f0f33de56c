using System.Text.Json;
using MedSec.Analytics;

namespace MedSec.Cli.Tests;

/// <summary>
/// <c>medsec paths</c> per DESIGN.md. The services (and their transition model, trained on the bundled synthetic histories)
/// are built once for the class.
/// </summary>
public sealed class PathsCommandTests
{
    private static readonly Lazy<MedSecServices> Shared = new(() => MedSecServices.LoadDefault());
    private static readonly DateOnly Today = new(2027, 1, 1);

    private static CliRun Run(params string[] args) => CliRunner.Run(() => Shared.Value, Today, args);

    private static MedSecServices NoServices() => throw new InvalidOperationException("services must not be loaded");

    [Fact]
    public void JsonHasTheFieldsOfTheContract()
    {
        var run = Run("paths", "--region", "84", "--experience", "4", "--role", "secretary", "--specialty", "cardiology", "--years", "10", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        JsonAssert.HasFields(json, "paths", "warnings", "transitionModel", "marketPay", "start");
        Assert.Equal("2027-01-01", json.GetProperty("start").GetString());
        var paths = json.GetProperty("paths").EnumerateArray().ToList();
        Assert.True(paths.Count > 5);
        foreach (var path in paths)
        {
            JsonAssert.HasFields(path, "name", "steps", "cumulativeGross", "cumulativeNet", "trainingMonths", "incomeLostToTraining", "probability");
            var steps = path.GetProperty("steps").EnumerateArray().ToList();
            Assert.Equal(10, steps.Count);
            foreach (var step in steps) JsonAssert.HasFields(step, "year", "role", "monthlyGross");
            Assert.Equal(steps.Sum(s => JsonAssert.Money(s, "monthlyGross") * 12), JsonAssert.Money(path, "cumulativeGross"));
            Assert.Equal(steps.Sum(s => JsonAssert.Money(s, "monthlyNet") * 12), JsonAssert.Money(path, "cumulativeNet"));
            Assert.InRange(path.GetProperty("probability").GetDecimal(), 0m, 1m);
        }
        // Ranked by expected cumulative net.
        var expected = paths.Select(p => p.GetProperty("expectedCumulativeNet").GetDecimal()).ToList();
        Assert.Equal(expected.OrderByDescending(v => v), expected);
    }

    [Fact]
    public void TheNewAmaCnAgentsPathIsTheCareerPublicTimelineYearByYear()
    {
        var paths = Run("paths", "--region", "11", "--experience", "0", "--role", "AMA-CN", "--years", "15", "--json").Json();
        var career = Run("career", "public", "--grade", "AMA-CN", "--start", "2027-01-01", "--years", "15", "--json").Json();

        var stay = paths.GetProperty("paths").EnumerateArray().Single(p => p.GetProperty("moves").GetArrayLength() == 0);
        var timeline = career.GetProperty("steps").EnumerateArray()
            .Select(s => (Date: JsonAssert.Date(s, "date"), Gross: JsonAssert.Money(s, "totalMonthlyGross"))).ToList();

        foreach (var step in stay.GetProperty("steps").EnumerateArray())
        {
            var start = JsonAssert.Date(step, "start");
            Assert.Equal(timeline.Last(t => t.Date <= start).Gross, JsonAssert.Money(step, "monthlyGross"));
            Assert.Equal("AMA-CN", step.GetProperty("role").GetString());
        }
    }

    [Fact]
    public void ASectorStartsFromItsUsualRole()
    {
        var json = Run("paths", "--region", "93", "--experience", "2", "--sector", "remote", "--years", "3", "--json").Json();

        Assert.Equal("telesecretary", json.GetProperty("role").GetString());
        Assert.Contains(JsonAssert.Warnings(json), w => w.Contains("secteur"));
    }

    [Fact]
    public void AQualificationPathShowsItsTrainingAndTheIncomeLost()
    {
        var json = Run("paths", "--region", "84", "--experience", "6", "--role", "secretary", "--years", "5", "--json").Json();

        var trainer = json.GetProperty("paths").EnumerateArray()
            .Single(p => p.GetProperty("moves").EnumerateArray().Select(m => m.GetString()).SequenceEqual(["secretary-to-trainer"]));

        Assert.Equal(9, trainer.GetProperty("trainingMonths").GetInt32());
        Assert.True(JsonAssert.Money(trainer, "incomeLostToTraining") > 0m);
        var year2 = trainer.GetProperty("steps")[1];
        Assert.Equal(9, year2.GetProperty("trainingMonths").GetInt32());
        Assert.Equal("afpa", trainer.GetProperty("training")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void TheTableRanksThePathsAndNamesItsSources()
    {
        var run = Run("paths", "--region", "84", "--experience", "3", "--role", "AMA-CN", "--years", "6");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rang", run.Out);
        Assert.Contains("Net cumulé espéré", run.Out);
        Assert.Contains("Avancement à la classe supérieure", run.Out);
        Assert.Contains("Modèle de transitions", run.Out);
        Assert.Contains("synthétiques", run.Out);
        Assert.Contains("Calcul des parcours", run.Err);
    }

    [Fact]
    public void TheTableNamesRolesAndPlacesInFrenchNotByTheirCodes()
    {
        // The codes (secretary, secretary:cardiology, telesecretary) are the JSON's and --role's; a reader of the table is told
        // the roles as careers.csv names them, the région by its name (84: Auvergne-Rhône-Alpes, INSEE), as the dashboard's /parcours does.
        var run = Run("paths", "--region", "84", "--experience", "3", "--role", "secretary", "--specialty", "cardiology", "--years", "3");

        Assert.Equal(0, run.ExitCode);
        var text = run.Out.ReplaceLineEndings(" ");
        Assert.Contains("Secrétaire médical(e) en cabinet ou en clinique (cardiologie), 3 ans d'expérience, Auvergne-Rhône-Alpes (84)", text);
        Assert.Contains("→ Télésecrétaire salarié(e)", text);
        Assert.DoesNotContain("→ telesecretary", text);
        Assert.DoesNotContain("secretary:", text);
        Assert.DoesNotContain("an(s)", text);
    }

    [Fact]
    public void TheTableNamesItsModelsInFrenchWithTheirIdentifiers()
    {
        // The JSON keeps the identifiers ("pay-estimator (LightGbm, sample)"); a reader of the French table is told what they
        // are, as the dashboard's /parcours says, with the identifier kept to trace a figure to the JSON.
        var run = Run("paths", "--region", "84", "--experience", "3", "--role", "secretary", "--years", "3");

        Assert.Equal(0, run.ExitCode);
        var text = run.Out.ReplaceLineEndings(" ");
        Assert.Contains("estimateur de salaire LightGBM", text);
        Assert.Contains("(pay-estimator)", text);
        Assert.DoesNotContain("(LightGbm,", text);
    }

    [Fact]
    public void RoleAndSectorTogetherAreBadUsage()
    {
        var run = CliRunner.Run(NoServices, "paths", "--region", "84", "--experience", "3", "--role", "secretary", "--sector", "public", "--years", "5", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("medsec: ", Assert.Single(run.ErrLines));
    }

    [Fact]
    public void AnUnknownRoleIsRefused()
    {
        var run = CliRunner.Run(NoServices, "paths", "--region", "84", "--experience", "3", "--role", "nurse", "--years", "5", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nurse", run.Err);
    }

    [Theory]
    // A postcode where a région is asked: said as such, where the région codes were listed as if one had been mistyped.
    [InlineData("paths", "69001", true)]
    [InlineData("estimate", "69 001", true)]
    [InlineData("paths", "99", false)]
    public void AnUnknownRegionThatIsAPostcodeIsSaidToBeOne(string verb, string region, bool postcode)
    {
        string[] args = verb == "paths"
            ? ["paths", "--region", region, "--experience", "3", "--role", "secretary", "--years", "5"]
            : ["estimate", "--sector", "private", "--region", region, "--experience", "3"];

        var run = CliRunner.Run(NoServices, args);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Région inconnue", run.Err);
        Assert.Equal(postcode, run.Err.Contains("c'est un code postal", StringComparison.Ordinal));
    }

    [Fact]
    public void AMalformedNumberIsBadUsage() =>
        Assert.Equal(2, CliRunner.Run(NoServices, "paths", "--region", "84", "--experience", "three", "--role", "secretary", "--years", "5").ExitCode);

    [Fact]
    public void AHorizonBeyondFortyYearsIsRefused()
    {
        var run = Run("paths", "--region", "84", "--experience", "3", "--role", "secretary", "--years", "41", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("40", run.Err);
    }

    [Fact]
    public void JsonIsTheOnlyThingOnStdout()
    {
        var run = Run("paths", "--region", "84", "--experience", "1", "--role", "telesecretary-freelance", "--years", "2", "--json");

        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Equal("", run.Err);
    }
}
