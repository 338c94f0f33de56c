using MedSec.Domain.Observations;
using MedSec.Domain.Transparency;
using static MedSec.Domain.Tests.Grids.GridBuilders;

namespace MedSec.Domain.Tests.Transparency;

public class PayMeasuresTests
{
    [Fact]
    public void AnnualPayIsWhatWasPaidAndHourlyPayDividesItByTheHoursPaid()
    {
        // 80 %: 1 600 € a month, 900 € of bonuses; 0.8 × 35 h × 52 = 1 456 h.
        var pay = PayMeasures.Of(Employee("A", Gender.Female, "A", 1600m, fte: 0.8m, bonuses: 900m));

        Assert.Equal(19200m, pay.AnnualBase);
        Assert.Equal(20100m, pay.AnnualTotal);
        Assert.Equal(19200m / 1456m, pay.HourlyBase);
        Assert.Equal(20100m / 1456m, pay.HourlyTotal);
    }

    [Theory]
    [InlineData("7", "Secrétaire", "7")]
    [InlineData(" ", "Secrétaire médicale ", "Secrétaire médicale")]
    [InlineData(null, null, EmployeePay.Unclassified)]
    public void TheCategoryIsTheLevelElseTheJobTitle(string? level, string? title, string category) =>
        Assert.Equal(category, Employee("A", null, level, 2000m, title: title).Category);

    [Fact]
    public void TheFullTimeBaseDividesByTheFteToTheCent() =>
        Assert.Equal(2285.71m, Employee("A", null, "1", 1600m, fte: 0.7m).FullTimeMonthlyBase);
}
