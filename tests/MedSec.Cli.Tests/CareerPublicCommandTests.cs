namespace MedSec.Cli.Tests;

/// <summary>
/// <c>career public</c>. AMA classe normale: échelons 1–4 last 12 months each, échelon 5 lasts 24 months; IM 373, 374,
/// 375, 376, 377 since 2024-01-01 (RESEARCH.md §1.2).
/// </summary>
public sealed class CareerPublicCommandTests
{
    private static readonly string[] AmaCnTenYears =
        ["career", "public", "--grade", "AMA-CN", "--start", "2024-01-01", "--years", "10", "--json"];

    [Fact]
    public void StepsStartAtEchelon1OnTheStartDate()
    {
        var run = CliRunner.Run(AmaCnTenYears);

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        JsonAssert.HasFields(json, "steps", "warnings");
        var first = json.GetProperty("steps")[0];
        JsonAssert.HasFields(first, "date", "grade", "echelon", "indexPoints", "totalMonthlyGross");
        Assert.Equal(new DateOnly(2024, 1, 1), JsonAssert.Date(first, "date"));
        Assert.Equal("AMA-CN", first.GetProperty("grade").GetString());
        Assert.Equal(1, first.GetProperty("echelon").GetInt32());
        Assert.Equal(373, first.GetProperty("indexPoints").GetInt32());
        // At least the base pay: round(373 × 5907.34 / 1200, 2) = 1 836,20.
        Assert.True(JsonAssert.Money(first, "totalMonthlyGross") >= 1836.20m);
    }

    [Fact]
    public void EchelonsFollowTheStatutoryDurations()
    {
        var steps = CliRunner.Run(AmaCnTenYears).Json().GetProperty("steps").EnumerateArray()
            .Select(s => (Date: JsonAssert.Date(s, "date"), Echelon: s.GetProperty("echelon").GetInt32(),
                Index: s.GetProperty("indexPoints").GetInt32()))
            .ToList();

        Assert.Equal((new DateOnly(2025, 1, 1), 2, 374), steps[1]);
        Assert.Equal((new DateOnly(2026, 1, 1), 3, 375), steps[2]);
        Assert.Equal((new DateOnly(2027, 1, 1), 4, 376), steps[3]);
        Assert.Equal((new DateOnly(2028, 1, 1), 5, 377), steps[4]);
        Assert.Equal((new DateOnly(2030, 1, 1), 6, 386), steps[5]);
    }

    [Fact]
    public void StartsFromTheGivenEchelon()
    {
        var json = CliRunner.Run("career", "public", "--grade", "AMA-CN", "--start", "2024-01-01", "--years", "5",
            "--echelon", "12", "--json").Json();

        var steps = json.GetProperty("steps");
        Assert.Equal(12, steps[0].GetProperty("echelon").GetInt32());
        // Échelon 12 lasts 48 months, then 13 (IM 508) is the last one.
        Assert.Equal(new DateOnly(2028, 1, 1), JsonAssert.Date(steps[1], "date"));
        Assert.Equal(508, steps[1].GetProperty("indexPoints").GetInt32());
        Assert.Equal(2, steps.GetArrayLength());
    }

    [Fact]
    public void TheTableNamesTheGradeAsItsStatuteDoes()
    {
        // Décret n° 2021-1827 (échelle C2): "adjoint administratif principal de 2e classe"; the code stays in the table's
        // Grade column and the JSON.
        var run = CliRunner.Run("career", "public", "--grade", "AAH-C2", "--start", "2024-01-01", "--years", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Carrière d'adjoint administratif principal de 2e classe (AAH-C2) à partir du 01/01/2024", run.Out);
    }
}

