namespace MedSec.Cli.Tests;

/// <summary>
/// <c>pay public</c>. Expected figures come from the legal texts (RESEARCH.md §1): AMA classe normale échelon 13 is
/// IM 508 since 2024-01-01; the point is 5 907,34 €/year since 2023-07-01, so base = round(508 × 5907.34 / 1200, 2) = 2 500,77 €.
/// </summary>
public sealed class PayPublicCommandTests
{
    private static readonly string[] AmaCn13 =
        ["pay", "public", "--grade", "AMA-CN", "--echelon", "13", "--date", "2024-06-01", "--no-cti", "--json"];

    [Fact]
    public void PrintsEveryContractField()
    {
        var run = CliRunner.Run(AmaCn13);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        JsonAssert.HasFields(run.Json(), "grade", "echelon", "date", "indexPoints", "pointValue", "baseMonthlyGross",
            "residenceAllowance", "cti", "differentialAllowance", "totalMonthlyGross", "specialAllowance",
            "typicalServiceBonus", "totalWithAllowances", "asOf", "warnings");
    }

    [Fact]
    public void AmaClasseNormaleEchelon13In2024EarnsIndex508AtThe2023Point()
    {
        var json = CliRunner.Run(AmaCn13).Json();

        Assert.Equal("AMA-CN", json.GetProperty("grade").GetString());
        Assert.Equal(13, json.GetProperty("echelon").GetInt32());
        Assert.Equal(new DateOnly(2024, 6, 1), JsonAssert.Date(json, "date"));
        Assert.Equal(508, json.GetProperty("indexPoints").GetInt32());
        Assert.Equal(5907.34m, JsonAssert.Money(json, "pointValue"));
        Assert.Equal(2500.77m, JsonAssert.Money(json, "baseMonthlyGross"));
    }

    [Fact]
    public void Zone3WithoutCtiAboveTheSmicIsBasePayOnly()
    {
        var json = CliRunner.Run(AmaCn13).Json();

        Assert.Equal(0m, JsonAssert.Money(json, "residenceAllowance"));
        Assert.Equal(0m, JsonAssert.Money(json, "cti"));
        Assert.Equal(0m, JsonAssert.Money(json, "differentialAllowance"));
        Assert.Equal(2500.77m, JsonAssert.Money(json, "totalMonthlyGross"));
    }

    [Fact]
    public void AllowancesFollowTheirTexts()
    {
        var json = CliRunner.Run(AmaCn13).Json();

        // Prime de service at the typical 7.5 % of the traitement (arrêté du 24 mars 1967): 2 500,77 × 0,075 = 187,56.
        Assert.Equal(187.56m, JsonAssert.Money(json, "typicalServiceBonus"));
        // ISS = 13/1900 of the annual traitement + IR (décret 90-693): 2 500,77 × 12 × 13 / 1900 ≈ 205,33 (± a cent of rounding order).
        Assert.InRange(JsonAssert.Money(json, "specialAllowance"), 205.32m, 205.33m);
        var total = JsonAssert.Money(json, "totalMonthlyGross") + JsonAssert.Money(json, "specialAllowance")
            + JsonAssert.Money(json, "typicalServiceBonus");
        Assert.Equal(total, JsonAssert.Money(json, "totalWithAllowances"));
    }

    [Fact]
    public void CtiAndZone1AddUpIntoTheTotal()
    {
        var json = CliRunner.Run("pay", "public", "--grade", "AMA-CN", "--echelon", "13", "--date", "2024-06-01",
            "--zone", "1", "--json").Json();

        // CTI = 49 points (décret 2020-1152) = round(49 × 5907.34 / 1200, 2) = 241,22; zone 1 = 3 % of 2 500,77 = 75,02.
        Assert.Equal(241.22m, JsonAssert.Money(json, "cti"));
        Assert.Equal(75.02m, JsonAssert.Money(json, "residenceAllowance"));
        var sum = JsonAssert.Money(json, "baseMonthlyGross") + JsonAssert.Money(json, "residenceAllowance")
            + JsonAssert.Money(json, "cti") + JsonAssert.Money(json, "differentialAllowance");
        Assert.Equal(sum, JsonAssert.Money(json, "totalMonthlyGross"));
    }

    [Fact]
    public void AsOfIsADateNoLaterThanTheRequestedOne()
    {
        var json = CliRunner.Run(AmaCn13).Json();

        var asOf = JsonAssert.Date(json, "asOf");
        Assert.InRange(asOf, new DateOnly(2023, 7, 1), new DateOnly(2024, 6, 1));
        JsonAssert.Warnings(json);
    }

    [Fact]
    public void WithoutJsonPrintsAFrenchTable()
    {
        var run = CliRunner.Run(AmaCn13[..^1]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        Assert.DoesNotContain("{", run.Out);
        Assert.Contains("Brut mensuel total", run.Out);
        var group = Output.French.Culture.NumberFormat.NumberGroupSeparator;
        Assert.Contains($"2{group}500,77\u00A0€", run.Out);
        Assert.Contains("Chiffre de référence le plus récent utilisé : en vigueur depuis le", run.Out);
    }

    [Fact]
    public void TheTableNamesTheGradeAsItsStatuteDoes()
    {
        // Décret n° 2011-660 (corps des AMA): "assistant médico-administratif de classe normale"; the code stays the JSON's.
        var run = CliRunner.Run(AmaCn13[..^1]);

        Assert.Contains("Assistant médico-administratif, classe normale (AMA-CN), échelon 13", run.Out);
    }
}
