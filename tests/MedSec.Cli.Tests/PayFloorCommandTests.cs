namespace MedSec.Cli.Tests;

/// <summary>
/// <c>pay floor</c>. IDCC 1147 positionnement 5 is 1 815,79 € since avenant 90 (2024-01-01), the last salary avenant;
/// the SMIC is 1 823,03 € from 2026-01-01 (décret 2025-1228), so the SMIC binds (RESEARCH.md §2.1, §3).
/// </summary>
public sealed class PayFloorCommandTests
{
    private static readonly string[] Idcc1147Level5 =
        ["pay", "floor", "--agreement", "1147", "--level", "5", "--date", "2026-01-15", "--json"];

    [Fact]
    public void TheSmicBindsOverStaleIdcc1147Minima()
    {
        var run = CliRunner.Run(Idcc1147Level5);

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        JsonAssert.HasFields(json, "agreementMinimum", "smic", "floor", "binding", "asOf", "warnings");
        Assert.Equal(1815.79m, JsonAssert.Money(json, "agreementMinimum"));
        Assert.Equal(1823.03m, JsonAssert.Money(json, "smic"));
        Assert.Equal(1823.03m, JsonAssert.Money(json, "floor"));
        Assert.Equal("smic", json.GetProperty("binding").GetString());
    }

    [Fact]
    public void TheTablesWarningsWriteDatesAndEurosAsTheTableDoesAndTheJsonKeepsIso()
    {
        var table = CliRunner.Run(Idcc1147Level5[..^1]).Out.Replace('\u00a0', ' ').Replace('\u202f', ' ');
        var json = string.Join(" ", JsonAssert.Warnings(CliRunner.Run(Idcc1147Level5).Json()));

        // Avenant 90 of IDCC 1147 (2024-01-01) is the last; positionnement 5 is 1 815,79 € since.
        Assert.Contains("01/01/2024", table);
        Assert.DoesNotContain("2024-01-01", table);
        Assert.Contains("2024-01-01", json);
        Assert.Contains("1 815,79 €", table);
        Assert.DoesNotContain("1815,79", table);
    }

    [Fact]
    public void WarnsThatTheAgreementMinimaAreOld()
    {
        var json = CliRunner.Run(Idcc1147Level5).Json();

        Assert.NotEmpty(JsonAssert.Warnings(json));
        Assert.InRange(JsonAssert.Date(json, "asOf"), new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 15));
    }

    [Fact]
    public void TheAgreementBindsWhenItsMinimumIsAboveTheSmic()
    {
        // Positionnement 9: 2 159,91 € (avenant 90) > SMIC 1 823,03 €.
        var json = CliRunner.Run("pay", "floor", "--agreement", "1147", "--level", "9", "--date", "2026-01-15", "--json").Json();

        Assert.Equal(2159.91m, JsonAssert.Money(json, "floor"));
        Assert.Equal("agreement", json.GetProperty("binding").GetString());
    }
}

/// <summary>
/// <c>pay floor --weekly-hours</c> takes 1 to 48 hours (an hour is the unit working time is contracted in, Code du travail
/// art. L3123-6; 48 h the absolute maximum, L3121-20); 0,0000000000000000000000000001 h once gave a floor of 0,00 €.
/// </summary>
public sealed class PayFloorHoursLimitsTests
{
    private static CliRun Floor(string hours) =>
        CliRunner.Run(["pay", "floor", "--agreement", "1147", "--level", "5", "--date", "2026-01-15", "--weekly-hours", hours, "--json"]);

    [Theory]
    [InlineData("0,0000000000000000000000000001")]
    [InlineData("0,5")]
    [InlineData("0,99")]
    [InlineData("48,01")]
    public void HoursOutsideOneToFortyEightAreRefused(string hours)
    {
        var run = Floor(hours);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.ErrLines);
        Assert.StartsWith("medsec: Durée hebdomadaire de ", line);
        Assert.EndsWith(" h hors limites (de 1 à 48 h).", line);
    }

    [Fact]
    public void OneHourAWeekIsTheSmicOfOneHour()
    {
        var run = Floor("1");

        Assert.Equal(0, run.ExitCode);
        // SMIC 2026-01-01: 1 823,03 € for 35 h; for 1 h, 1 823,03 ÷ 35 = 52,086… → 52,09 € (positionnement 5, 1 815,79 ÷ 35, is lower).
        Assert.Equal(52.09m, JsonAssert.Money(run.Json(), "floor"));
    }
}
