using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Pay;

public class PublicCareerRulesTests
{
    private static readonly MedSec.Domain.Reference.ReferenceData Data = Research().Build();

    [Fact]
    public void TenYearsOfAmaCnFromEchelon1FollowTheDurationsOfTheGrid()
    {
        // RESEARCH.md 1.2 durations: 12, 12, 12, 12, 24, 24, 24 months → 8 steps up to 2034-01-01 (the last day included).
        var career = PublicCareerRules.Timeline(Data, GradeCode.AmaCn, D("2024-01-01"), 10);

        Assert.Equal(
            [D("2024-01-01"), D("2025-01-01"), D("2026-01-01"), D("2027-01-01"), D("2028-01-01"), D("2030-01-01"), D("2032-01-01"), D("2034-01-01")],
            career.Steps.Select(s => s.Date));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], career.Steps.Select(s => s.Echelon));
        Assert.Equal([373, 374, 375, 376, 377, 386, 401, 420], career.Steps.Select(s => s.IndexPoints));
        Assert.All(career.Steps, s => Assert.Equal("AMA-CN", s.Grade));
    }

    [Theory]
    // Durations 12, 12, 12, 12, 24 months (RESEARCH.md 1.2), counted from the start date: a 29 February comes back in
    // 2028 after three 28 Februaries, and a 31 August stays the 31st.
    [InlineData("2024-02-29", "2024-02-29,2025-02-28,2026-02-28,2027-02-28,2028-02-29,2030-02-28")]
    [InlineData("2024-08-31", "2024-08-31,2025-08-31,2026-08-31,2027-08-31,2028-08-31,2030-08-31")]
    public void ChangeDatesAreCountedFromTheStartAndKeepItsDay(string start, string dates)
    {
        var career = PublicCareerRules.Timeline(Data, GradeCode.AmaCn, D(start), 6);

        Assert.Equal(dates.Split(',').Select(D), career.Steps.Select(s => s.Date));
    }

    [Fact]
    public void EachStepIsPaidAtItsOwnDateInZone3WithCti()
    {
        var steps = PublicCareerRules.Timeline(Data, GradeCode.AmaCn, D("2024-01-01"), 10).Steps;

        Assert.Equal(1836.20m + 241.22m, steps[0].TotalMonthlyGross);
        Assert.Equal(1841.12m + 241.22m, steps[1].TotalMonthlyGross);
        // 2027: IM 376 (1850.97) is below the last known SMIC (1867.02 from 2026-06-01): differential 16.05.
        Assert.Equal(1867.02m + 241.22m, steps[3].TotalMonthlyGross);
        Assert.Equal(1900.19m + 241.22m, steps[5].TotalMonthlyGross);
    }

    [Fact]
    public void BeyondTheNewestDataTheLastKnownFiguresAreKeptWithAWarning()
    {
        var career = PublicCareerRules.Timeline(Data, GradeCode.AmaCn, D("2024-01-01"), 10);

        Assert.Contains(PayWarnings.BeyondData(D("2026-06-01")), career.Warnings);
        Assert.Equal(career.Warnings.Distinct().Count(), career.Warnings.Count);
    }

    [Fact]
    public void TheLastEchelonGivesOneStep()
    {
        var career = PublicCareerRules.Timeline(Data, GradeCode.AmaCn, D("2024-01-01"), 5, startEchelon: 13);

        var step = Assert.Single(career.Steps);
        Assert.Equal(13, step.Echelon);
        Assert.Equal(13, career.StartEchelon);
    }

    [Fact]
    public void AChangeExactlyAtTheEndIsIncluded()
    {
        // Échelon 12 of AMA-CN lasts 48 months: 2024-01-01 + 4 years.
        var career = PublicCareerRules.Timeline(Data, GradeCode.AmaCn, D("2024-01-01"), 4, startEchelon: 12);

        Assert.Equal([12, 13], career.Steps.Select(s => s.Echelon));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(51)]
    public void YearsOutOfRangeAreBadInput(int years)
    {
        var ex = Assert.Throws<MedSecInputException>(() => PublicCareerRules.Timeline(Data, GradeCode.AmaCn, D("2024-01-01"), years));
        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
    }

    [Fact]
    public void ACareerThatWouldRunPastTheCalendarIsRefusedWithAMessage()
    {
        var refused = Assert.Throws<MedSecInputException>(() => PublicCareerRules.Timeline(Data, GradeCode.AmaCn, D("9999-01-01"), 5));

        Assert.Contains("9999-01-01", refused.Message);
    }
}
