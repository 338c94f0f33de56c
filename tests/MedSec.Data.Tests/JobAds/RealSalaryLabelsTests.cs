using MedSec.Data.JobAds;

namespace MedSec.Data.Tests.JobAds;

/// <summary>Every salary text of a real France Travail export (79 distinct pairs with their working time) reads to a range or a flag.</summary>
public class RealSalaryLabelsTests
{
    private const decimal Smic2025 = 1801.80m;

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "JobAds", "Fixtures", "salary-labels-dept07.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Fact]
    public void TheFixtureHoldsEveryDistinctPair() => Assert.Equal(79, Pairs().Count);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ParsesToAPlausibleFullTimeRangeOrAFlaggedReason(string salary, string workingTime)
    {
        Assert.True(SalaryLabelParser.TryParse(salary, out var statement, out var error), error);
        decimal? hours = WorkingHoursParser.TryParse(workingTime, out var h) ? h : null;

        var pay = JobAdPayRules.Normalise(statement, hours, WorkingHoursParser.IsPartTime(workingTime, null), Smic2025);

        Assert.True(pay.MonthlyGrossMin <= pay.MonthlyGross && pay.MonthlyGross <= pay.MonthlyGrossMax);
        if (pay.IsFlagged) Assert.False(string.IsNullOrWhiteSpace(pay.FlagReason));
        else Assert.InRange(pay.MonthlyGrossMin, Smic2025, 8000m);
    }

    [Fact]
    public void EveryWorkingTimeOfTheExportStatesItsHours()
    {
        foreach (var (_, workingTime) in Pairs().Select(p => ((string)p[0], (string)p[1])))
            Assert.True(WorkingHoursParser.TryParse(workingTime, out _), workingTime);
    }
}
