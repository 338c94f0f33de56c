namespace MedSec.Cli.Tests;

/// <summary>
/// <c>pay net</c>. A private non-cadre employee under the PSS pays 11,31 % (CNAV, AGIRC-ARRCO T1, CEG T1)
/// + 9,70 % × 98,25 % (CSG, CRDS) ≈ 20,84 % of gross (RESEARCH.md §5).
/// </summary>
public sealed class PayNetCommandTests
{
    [Fact]
    public void PrivateNetIsGrossLessAboutTwentyOnePercent()
    {
        var run = CliRunner.Run("pay", "net", "--gross", "2000", "--sector", "private", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        JsonAssert.HasFields(json, "gross", "net", "employeeContributionRate", "asOf", "warnings");
        Assert.Equal(2000.00m, JsonAssert.Money(json, "gross"));
        var net = JsonAssert.Money(json, "net");
        Assert.True(net < 2000m, $"net {net} should be below gross");
        Assert.InRange(json.GetProperty("employeeContributionRate").GetDecimal(), 0.2080m, 0.2090m);
    }

    [Fact]
    public void PrivateNetOf2000IsTheStatutoryContributionsLess()
    {
        // 2000 × 11,31 % = 226,20; CSG/CRDS 9,70 % × 1 965,00 = 190,61 (6,80 % 133,62 + 2,40 % 47,16 + 0,50 % 9,83).
        var json = CliRunner.Run("pay", "net", "--gross", "2000", "--sector", "private", "--date", "2026-01-15", "--json").Json();

        Assert.Equal(1583.19m, JsonAssert.Money(json, "net"));
    }

    [Fact]
    public void TheTableListsEachContribution()
    {
        var run = CliRunner.Run("pay", "net", "--gross", "2000", "--sector", "private", "--date", "2026-01-15");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CSG déductible (6,80\u00A0% × 1", run.Out);
        Assert.Contains("Net mensuel avant impôt", run.Out);
    }

    [Fact]
    public void DateDefaultsToToday()
    {
        var today = new DateOnly(2026, 1, 15);
        var json = CliRunner.Run(null, today, "pay", "net", "--gross", "2000", "--sector", "private", "--json").Json();

        Assert.Equal(today, JsonAssert.Date(json, "date"));
    }

    [Fact]
    public void AcceptsADecimalCommaOrPoint()
    {
        var comma = CliRunner.Run("pay", "net", "--gross", "2000,50", "--sector", "remote", "--date", "2026-01-15", "--json").Json();
        var point = CliRunner.Run("pay", "net", "--gross", "2000.50", "--sector", "remote", "--date", "2026-01-15", "--json").Json();

        Assert.Equal(2000.50m, JsonAssert.Money(comma, "gross"));
        Assert.Equal(JsonAssert.Money(point, "net"), JsonAssert.Money(comma, "net"));
    }

    [Fact]
    public void ANegativeGrossIsRefused()
    {
        var run = CliRunner.Run("pay", "net", "--gross", "-5", "--sector", "private", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Single(run.ErrLines);
    }
}
