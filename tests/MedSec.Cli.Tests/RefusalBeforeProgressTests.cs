namespace MedSec.Cli.Tests;

/// <summary>
/// A refused <c>paths</c> or <c>estimate</c> prints its refusal alone on stderr: no progress line ("Calcul des parcours…",
/// which model answers) before it, as if work had begun. The SMIC data start on 2020-01-01 (data/reference/smic.csv).
/// </summary>
public sealed class RefusalBeforeProgressTests(EstimateCliFixture fixture) : IClassFixture<EstimateCliFixture>
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Theory]
    [InlineData("--years", "0", "medsec: Horizon invalide : 0 an(s). Il doit être compris entre 1 et 40 ans.")]
    [InlineData("--years", "41", "medsec: Horizon invalide : 41 an(s). Il doit être compris entre 1 et 40 ans.")]
    [InlineData("--experience", "-3", "medsec: Expérience invalide : -3 an(s). Elle doit être comprise entre 0 et 50 ans.")]
    [InlineData("--date", "1900-01-01", "medsec: Aucune donnée pour le SMIC au 1900-01-01 (première donnée : 2020-01-01).")]
    public void ARefusedPathsQuestionPrintsOnlyItsRefusal(string option, string value, string refusal)
    {
        List<string> args = ["paths", "--region", "84", "--experience", "3", "--role", "secretary", "--years", "10"];
        var at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value;
        else args.AddRange([option, value]);

        var run = CliRunner.Run(fixture.Small, Today, [.. args]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal([refusal], run.ErrLines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnEstimateAtADateBeforeTheSmicDataPrintsOnlyItsRefusal(bool json)
    {
        // New services each run, as a new process: the model is loaded or trained on first use, and says so on stderr.
        var run = CliRunner.Run(fixture.Small, Today,
            ["estimate", "--sector", "private", "--region", "11", "--experience", "5", "--date", "1900-01-01", .. json ? new[] { "--json" } : []]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["medsec: Aucune donnée pour le SMIC au 1900-01-01 (première donnée : 2020-01-01)."], run.ErrLines);
    }
}
