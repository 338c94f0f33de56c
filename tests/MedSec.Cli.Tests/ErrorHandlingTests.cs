using MedSec.Analytics;

namespace MedSec.Cli.Tests;

/// <summary>Exit codes and the one-line error contract: 1 for a refused request, 2 for bad usage, never a stack trace.</summary>
public sealed class ErrorHandlingTests
{
    private static MedSecServices NoServices() => throw new InvalidOperationException("services must not be loaded");

    private static void AssertOneErrorLine(CliRun run)
    {
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.ErrLines);
        Assert.StartsWith("medsec: ", line);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void AnUnknownGradeIsRefusedOnOneLine()
    {
        var run = CliRunner.Run("pay", "public", "--grade", "AMA-XX", "--echelon", "1", "--date", "2024-06-01", "--json");

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run);
        Assert.Contains("AMA-XX", run.Err);
    }

    [Fact]
    public void AnEchelonOutOfRangeIsRefused()
    {
        // AMA classe normale has 13 échelons.
        var run = CliRunner.Run("pay", "public", "--grade", "AMA-CN", "--echelon", "14", "--date", "2024-06-01", "--json");

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run);
    }

    [Fact]
    public void ADateBeforeAnyDataIsRefused()
    {
        var run = CliRunner.Run("pay", "floor", "--agreement", "1147", "--level", "5", "--date", "1990-01-01");

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run);
    }

    [Theory]
    [InlineData("pay", "public", "--echelon", "13", "--date", "2024-06-01")]
    [InlineData("pay", "floor", "--agreement", "1147", "--date", "2026-01-15")]
    [InlineData("pay", "net", "--sector", "private")]
    [InlineData("career", "public", "--grade", "AMA-CN", "--years", "5")]
    public void AMissingRequiredOptionIsBadUsage(params string[] args)
    {
        var run = CliRunner.Run(NoServices, [.. args, "--json"]);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run);
    }

    [Theory]
    [InlineData("pay", "public", "--grade", "AMA-CN", "--echelon", "treize", "--date", "2024-06-01")]
    [InlineData("pay", "net", "--gross", "20 00", "--sector", "private")]
    [InlineData("pay", "net", "--gross", "2000", "--sector", "private", "--date", "01/06/2024")]
    [InlineData("pay", "public", "--grade", "AMA-CN", "--echelon", "1", "--date", "2024-06-01", "--colour")]
    [InlineData("pay", "salary")]
    [InlineData()]
    public void UnparsableOrUnknownInputIsBadUsage(params string[] args)
    {
        var run = CliRunner.Run(NoServices, args);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run);
    }

    [Theory]
    [InlineData("estimate", "--sector", "private", "--region", "84", "--experience", "-3")]
    [InlineData("estimate", "--sector", "private", "--region", "84", "--experience", "3", "--weekly-hours", "60")]
    [InlineData("grid", "design", "--region", "84", "--employer", "cabinet", "--percentile", "200", "--levels", "3", "--steps", "3")]
    [InlineData("grid", "design", "--region", "84", "--employer", "cabinet", "--percentile", "50", "--levels", "0", "--steps", "3")]
    [InlineData("pay", "net", "--gross", "2000", "--sector", "private", "--date", "1850-01-01")]
    [InlineData("estimate", "--sector", "private", "--region", "99", "--experience", "3")]
    public void AValueReadButOutOfRangeOrUnknownIsARefusedRequestNotBadUsage(params string[] args)
    {
        // Read, then refused: the same exit as the pay rules' own refusals (weekly hours of 0, an échelon past the grid).
        var run = CliRunner.Run(NoServices, [.. args, "--json"]);

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run);
        Assert.DoesNotContain("services must not be loaded", run.Err);
    }

    [Theory]
    [InlineData("pay", "floor", "--agreement", "1147", "--level", "5", "--date", "2024-06-01", "--weekly-hours", "0")]
    [InlineData("career", "public", "--grade", "AMA-CN", "--start", "2024-01-01", "--years", "0")]
    public void ARangeTheRulesRefuseExitsAsTheParsersDo(params string[] args)
    {
        var run = CliRunner.Run([.. args, "--json"]);

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run);
        Assert.Matches("hors (de l'intervalle|limites)", run.Err);
    }

    [Theory]
    [InlineData("L'option '--date' est obligatoire.", "pay", "public", "--grade", "AMA-CN", "--echelon", "1")]
    [InlineData("L'option '--zone' attend une seule valeur, 2 ont été données.",
        "pay", "public", "--grade", "AMA-CN", "--echelon", "1", "--date", "2024-06-01", "--zone", "1", "--zone", "2")]
    public void TheParsersMessagesWithoutAFrenchResourceAreFrenchToo(string expected, params string[] args)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            var run = CliRunner.Run(NoServices, args);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"medsec: {expected}", Assert.Single(run.ErrLines));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("pay", "public", "--help")]
    [InlineData("grid", "design", "--help")]
    [InlineData("--help")]
    public void HelpHasNoEnglishTitleOrLabelAndItsColumnsStayAligned(params string[] args)
    {
        var run = CliRunner.Run(NoServices, args);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^Description\u00A0:$", run.Out);
        Assert.DoesNotContain("Description:", run.Out);
        Assert.DoesNotContain("(REQUIRED)", run.Out);
        Assert.DoesNotContain("[command]", run.Out);
        // Every option's description starts in the same column, "(requis)" or not.
        var options = run.Out.Split('\n').SkipWhile(l => !l.StartsWith("Options", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Where(l => l.Length > 2 && l[2] != ' ').ToList(); // a description wrapped onto a second line is not an option
        Assert.True(options.Count >= 2, run.Out);
        var columns = options.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^  \S.*?\S {2,}(?=\S)").Length).Distinct().ToList();
        Assert.Single(columns);
        if (args.Length > 1) Assert.Contains("(requis)", run.Out);
    }

    [Fact]
    public void AnUnexpectedFailureIsOneLineAndExit1()
    {
        var run = CliRunner.Run(NoServices, "pay", "net", "--gross", "2000", "--sector", "private");

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run);
        Assert.Contains("services must not be loaded", run.Err);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("pay", "public", "--help")]
    [InlineData("career", "public", "-h")]
    public void HelpLoadsNoData(params string[] args)
    {
        var run = CliRunner.Run(NoServices, args);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Utilisation\s:", run.Out); // French typography: a no-break space before the colon
        Assert.Contains("Affiche l'aide et l'utilisation", run.Out);
        Assert.DoesNotContain("Show help", run.Out);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void SystemCommandLinesOwnMessagesAreFrenchWhateverTheMachinesLanguage()
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            var run = CliRunner.Run(NoServices, "pay");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("La commande nécessaire n'a pas été fournie", run.Err);
            Assert.Equal(System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CultureInfo.CurrentUICulture);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
