using MedSec.Domain.Observations;
using MedSec.Domain.Transparency;
using static MedSec.Domain.Tests.Grids.GridBuilders;

namespace MedSec.Domain.Tests.Transparency;

/// <summary>
/// The per-category figures with groups whose pay is uniform within each sex (so the median needs no percentile code
/// here; the whole report with the DataFrame layer's median is tested in MedSec.Analytics.Tests).
/// </summary>
public class PayGapRulesTests
{
    private static List<EmployeePay> Group(int women, decimal womenBase, int men, decimal menBase, decimal womenFte = 1m, decimal bonus = 0m) =>
        [.. Enumerable.Range(0, women).Select(i => Employee($"F{i}", Gender.Female, "A", womenBase, womenFte, bonus)),
            .. Enumerable.Range(0, men).Select(i => Employee($"H{i}", Gender.Male, "A", menBase, 1m, bonus))];

    [Fact]
    public void WomenPaidSixPercentLessRaiseTheAlert()
    {
        var gap = PayGapRules.Category("A", Group(3, 1880m, 3, 2000m), 5, UniformMedian);

        Assert.True(gap.Shown);
        Assert.Equal(6, gap.Headcount);
        Assert.Equal(6.00m, gap.Annual!.Base.MeanGap);
        Assert.Equal(6.00m, gap.Annual.Base.MedianGap);
        Assert.Equal(6.00m, gap.Hourly!.Total.MeanGap);
        Assert.True(gap.Alert);
        Assert.Contains("6,0 %", gap.Note);
    }

    [Fact]
    public void AGapUnderFivePercentRaisesNoAlert()
    {
        var gap = PayGapRules.Category("A", Group(3, 1902m, 3, 2000m), 5, UniformMedian);

        Assert.Equal(4.90m, gap.Hourly!.Total.MeanGap);
        Assert.False(gap.Alert);
    }

    [Fact]
    public void MenPaidFivePercentLessRaiseTheAlertToo()
    {
        var gap = PayGapRules.Category("A", Group(3, 2000m, 3, 1900m), 5, UniformMedian);

        Assert.Equal(-5.26m, gap.Hourly!.Total.MeanGap);
        Assert.True(gap.Alert);
    }

    [Fact]
    public void PartTimeWomenWithTheSameHourlyPayHaveAnAnnualGapButNoHourlyOneAndNoAlert()
    {
        var gap = PayGapRules.Category("A", Group(3, 1000m, 3, 2000m, womenFte: 0.5m), 5, UniformMedian);

        Assert.Equal(50.00m, gap.Annual!.Total.MeanGap);
        Assert.Equal(0.00m, gap.Hourly!.Total.MeanGap);
        Assert.False(gap.Alert);
    }

    [Fact]
    public void VariablePayHasItsOwnGapAndTheShareOfWomenAndMenReceivingIt()
    {
        var group = Group(3, 2000m, 3, 2000m, bonus: 600m);

        var gap = PayGapRules.Category("A", group, 5, UniformMedian);

        Assert.Equal(0.00m, gap.Annual!.Variable.MeanGap);
        Assert.Equal(1m, gap.Women!.ShareWithVariable);
        Assert.Equal(24600m, gap.Men!.MeanAnnualTotal);
        // 24 600 € / (35 h × 52) = 13,516… €/h.
        Assert.Equal(13.52m, gap.Men.MeanHourlyTotal);
    }

    [Fact]
    public void WithoutVariablePayForMenItsGapCannotBeComputed()
    {
        var group = Group(3, 2000m, 0, 0m).Concat(Group(0, 0m, 3, 2000m)).Select((e, i) => i < 3 ? e with { AnnualBonuses = 500m } : e).ToList();

        var gap = PayGapRules.Category("A", group, 5, UniformMedian);

        Assert.Null(gap.Annual!.Variable.MeanGap);
        Assert.Equal(0.00m, gap.Annual.Base.MeanGap);
    }

    [Fact]
    public void ACategoryOfFewerThanKPeopleShowsNothingNotEvenItsHeadcount()
    {
        var gap = PayGapRules.Category("A", Group(2, 1500m, 2, 2500m), 5, UniformMedian);

        Assert.False(gap.Shown);
        Assert.Null(gap.Headcount);
        Assert.Null(gap.Women);
        Assert.Null(gap.Annual);
        Assert.False(gap.Alert);
        Assert.Equal(TransparencyTexts.UnderK(5), gap.Note);
    }

    [Fact]
    public void ACategoryOfOneSexHasNoGap()
    {
        var gap = PayGapRules.Category("A", Group(5, 2000m, 0, 0m), 5, UniformMedian);

        Assert.True(gap.Shown);
        Assert.Null(gap.Hourly);
        Assert.Null(gap.Men);
        Assert.Equal(5, gap.Women!.Count);
        Assert.Equal(TransparencyTexts.OneSex, gap.Note);
    }

    [Theory]
    [InlineData(1880, 2000, 6.00)]
    [InlineData(2000, 2000, 0.00)]
    [InlineData(2100, 2000, -5.00)]
    public void TheGapIsInPercentOfTheMensPay(int women, int men, double expected) =>
        Assert.Equal((decimal)expected, PayGapRules.Gap(women, men));

    [Fact]
    public void AReportWithEveryCategoryUnderKNamesTheHiddenOnesAndTheMissingSexes()
    {
        EmployeePay[] staff = [Employee("1", Gender.Female, "A", 2000m), Employee("2", Gender.Male, "B", 2000m), Employee("3", null, "B", 2000m)];

        var report = PayGapRules.Report(staff, 5, UniformMedian);

        Assert.Equal((3, 1), (report.Headcount, report.WithoutGender));
        Assert.False(report.Overall.Shown);
        Assert.All(report.Categories, c => Assert.False(c.Shown));
        Assert.Empty(report.AlertCategories);
        Assert.Null(report.Quartiles);
        Assert.Contains(TransparencyTexts.HiddenCategories(2, 5), report.Warnings);
        Assert.Contains(TransparencyTexts.WithoutGender(1), report.Warnings);
    }

    [Fact]
    public void QuartilesCountWomenAndMenInEachQuarterOfTheHourlyRanking()
    {
        // 21 people: 6 in the first quarter, 5 in each other; the 10 women are the 10 lowest paid.
        var staff = Enumerable.Range(0, 21)
            .Select(i => Employee($"E{i:00}", i < 10 ? Gender.Female : Gender.Male, "A", 2000m + 10m * i)).ToList();

        var bands = PayGapRules.Quartiles(staff, 5)!;

        Assert.Equal([(6, 0), (4, 1), (0, 5), (0, 5)], bands.Select(b => (b.Women, b.Men)));
        Assert.Equal(0.8m, bands[1].WomenShare);
    }

    [Fact]
    public void NoQuartilesWhenAQuarterWouldHoldFewerThanKPeople() =>
        Assert.Null(PayGapRules.Quartiles([.. Enumerable.Range(0, 19).Select(i => Employee($"E{i}", Gender.Female, "A", 2000m))], 5));

    [Fact]
    public void OneLevelSpelledTwoWaysIsOneCategory()
    {
        // Six positionnement-7 staff whose level is written four ways. Women 3 × 2 000 €, men 3 × 2 150 €, all full time:
        // gap (2 150 − 2 000) / 2 150 = 6,98 %, above 5 %: the category raises the alert (art. 10). Split by spelling, each
        // part would hold fewer than 5 people and show nothing.
        EmployeePay[] staff =
        [
            Employee("F1", Gender.Female, "7", 2000m), Employee("F2", Gender.Female, "Positionnement 7", 2000m),
            Employee("F3", Gender.Female, " 07 ", 2000m), Employee("H1", Gender.Male, "7", 2150m),
            Employee("H2", Gender.Male, "positionnement  7", 2150m), Employee("H3", Gender.Male, "7", 2150m),
        ];

        var report = PayGapRules.Report(staff, 5, UniformMedian);

        var category = Assert.Single(report.Categories);
        Assert.Equal(6, category.Headcount);
        Assert.Equal(6.98m, category.Hourly!.Total.MeanGap);
        Assert.True(category.Alert);
        Assert.Single(report.AlertCategories);
    }
}
