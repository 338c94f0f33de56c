using MedSec.Domain.Observations;
using MedSec.Domain.Transparency;
using static MedSec.Domain.Tests.Grids.GridBuilders;

namespace MedSec.Domain.Tests.Transparency;

public class InformationLetterTests
{
    private static readonly DateOnly Date = new(2026, 3, 1);

    [Fact]
    public void TheLetterGivesTheEmployeesOwnPayAndTheAveragesBySexOfTheCategory()
    {
        List<EmployeePay> group = [.. Enumerable.Range(0, 3).Select(i => Employee($"F{i}", Gender.Female, "A", 1880m)),
            .. Enumerable.Range(0, 3).Select(i => Employee($"H{i}", Gender.Male, "A", 2000m))];
        var category = PayGapRules.Category("A", group, 5, UniformMedian);

        var letter = InformationLetter.For(group[0], category, Date, 5);

        Assert.Equal(("F0", "A", 22560m), (letter.EmployeeId, letter.Category, letter.AnnualTotal));
        Assert.True(letter.CategoryShown);
        Assert.Equal(22560m, letter.Women!.MeanAnnualTotal);
        Assert.Equal(24000m, letter.Men!.MeanAnnualTotal);
    }

    [Fact]
    public void InASmallCategoryTheLetterGivesOnlyTheEmployeesOwnPay()
    {
        List<EmployeePay> group = [Employee("F0", Gender.Female, "A", 1880m), Employee("H0", Gender.Male, "A", 2000m)];

        var letter = InformationLetter.For(group[0], PayGapRules.Category("A", group, 5, UniformMedian), Date, 5);

        Assert.False(letter.CategoryShown);
        Assert.Null(letter.Women);
        Assert.Null(letter.Men);
        Assert.Equal(1880m, letter.BaseMonthlyGross);
    }
}
