using MedSec.Analytics.Grids;
using MedSec.Domain;
using MedSec.Domain.Observations;
using static MedSec.Analytics.Tests.Grids.Payrolls;

namespace MedSec.Analytics.Tests.Grids;

public class TransparencyServiceTests
{
    [Fact]
    public void WomenPaidSixPercentLessInOneCategoryRaiseTheAlertInThatCategoryOnly()
    {
        var report = TransparencyService.Report(KnownGap());

        Assert.Equal(["6"], report.AlertCategories);
        var six = report.Categories.Single(c => c.Category == "6");
        Assert.Equal(6.00m, six.Hourly!.Total.MeanGap);
        // Type 7 medians: men (2 000 + 2 050) / 2 = 2 025, women 0.94 × that.
        Assert.Equal(6.00m, six.Annual!.Base.MedianGap);
        var seven = report.Categories.Single(c => c.Category == "7");
        Assert.Equal(0.00m, seven.Hourly!.Total.MeanGap);
        Assert.False(seven.Alert);
        Assert.Equal(0.00m, seven.Annual!.Variable.MeanGap);
        var nine = report.Categories.Single(c => c.Category == "9");
        Assert.False(nine.Shown);
        Assert.Null(nine.Annual);
        Assert.False(report.Overall.Alert);
        Assert.True(report.Overall.Shown);
    }

    [Fact]
    public void TheMedianGapUsesTheDataFrameLayersType7Median()
    {
        // Men 2 000, 2 000, 2 000, 3 000 (median 2 000, mean 2 250); women all 2 000: no median gap, an 11,11 % mean gap.
        var staff = new[] { 2000m, 2000m, 2000m, 3000m }.Select((p, i) => Employee($"H{i}", Gender.Male, "A", p))
            .Concat(Enumerable.Range(0, 4).Select(i => Employee($"F{i}", Gender.Female, "A", 2000m))).ToList();

        var gap = TransparencyService.Report(staff).Categories.Single();

        Assert.Equal(0.00m, gap.Annual!.Base.MedianGap);
        Assert.Equal(11.11m, gap.Annual.Base.MeanGap);
        Assert.True(gap.Alert);
    }

    [Fact]
    public void TheLetterOfAWomanOfPositionnementSixGivesHerCategorysAveragesBySex()
    {
        var letter = TransparencyService.Letter(KnownGap(), "F6-0", new DateOnly(2026, 3, 1));

        Assert.Equal("6", letter.Category);
        Assert.Equal(1833m, letter.BaseMonthlyGross);
        Assert.Equal(Math.Round(2025m * 12m * 0.94m, 2), letter.Women!.MeanAnnualBase);
        Assert.Equal(24300m, letter.Men!.MeanAnnualBase);
    }

    [Fact]
    public void TheLetterOfASmallCategoryHasNoAverages()
    {
        var letter = TransparencyService.Letter(KnownGap(), "h9", new DateOnly(2026, 3, 1));

        Assert.False(letter.CategoryShown);
        Assert.Null(letter.Men);
    }

    [Fact]
    public void AnUnknownEmployeeIsAnUnknownCode() =>
        Assert.Equal(InputErrorKind.UnknownCode,
            Assert.Throws<MedSecInputException>(() => TransparencyService.Letter(KnownGap(), "Z9", new DateOnly(2026, 3, 1))).Kind);
}
