namespace MedSec.Cli.Tests;

/// <summary>
/// <c>pay floor --region R</c>: Mayotte (06) has its own SMIC, 9,56 € an hour from 2026-06-01 (arrêté du 22 mai 2026,
/// art. 1, 2°), i.e. 9.56 × 35 × 52 / 12 = 1 449,93 € a month, where the métropole's is 12.31 × 35 × 52 / 12 = 1 867,02 €.
/// IDCC 1147 positionnement 5 is 1 815,79 € (avenant 90). Without the option, or with another région, nothing changes.
/// </summary>
public sealed class PayFloorRegionTests
{
    private static readonly string[] Idcc1147Level5June2026 =
        ["pay", "floor", "--agreement", "1147", "--level", "5", "--date", "2026-06-15", "--json"];

    [Fact]
    public void InMayotteTheSmicIsMayottesAndTheAgreementBinds()
    {
        var run = CliRunner.Run([.. Idcc1147Level5June2026, "--region", "06"]);

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal(Math.Round(9.56m * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero), JsonAssert.Money(json, "smic"));
        Assert.Equal(1815.79m, JsonAssert.Money(json, "floor"));
        Assert.Equal("agreement", json.GetProperty("binding").GetString());
        Assert.Contains(JsonAssert.Warnings(json), w => w.StartsWith("SMIC de Mayotte", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherRegionGivesExactlyTheFloorWithoutTheOption()
    {
        var without = CliRunner.Run(Idcc1147Level5June2026);
        var paris = CliRunner.Run([.. Idcc1147Level5June2026, "--region", "11"]);

        Assert.Equal((0, 0), (without.ExitCode, paris.ExitCode));
        Assert.Equal(without.Out, paris.Out);
        Assert.Equal(1867.02m, JsonAssert.Money(paris.Json(), "smic"));
    }

    [Fact]
    public void AnUnknownRegionIsRefusedLikeAnyUnknownCode()
    {
        var run = CliRunner.Run([.. Idcc1147Level5June2026, "--region", "99"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("medsec: Région inconnue '99' ", Assert.Single(run.ErrLines)[.."medsec: Région inconnue '99' ".Length]);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void TheHelpNamesTheOption()
    {
        var run = CliRunner.Run("pay", "floor", "--help");

        Assert.Contains("--region", run.Out);
    }
}
