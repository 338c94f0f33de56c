using MedSec.Data.Payroll;

namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// An FTE under that of one hour a week (1/35) is refused: "0,5 %" for 50 % was read as 0,005, a full-time base of
/// 200 000 € accepted without a flag.
/// </summary>
public class MinimumFteTests
{
    [Theory]
    [InlineData("ETP", "0,5 %")]
    [InlineData("ETP", "0,02")]
    [InlineData("ETP", "2 %")]
    [InlineData("Heures hebdo", "0,5")]
    public void AnFteUnderOneHourAWeekIsRefused(string column, string written)
    {
        var result = PayrollText.Run($"Matricule;{column};Salaire de base\nE1;{written};1000\n");

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((2L, column), (rejection.Line, rejection.Column));
        Assert.Contains("une heure par semaine", rejection.Reason);
        Assert.Empty(result.Records);
    }

    [Theory]
    [InlineData("ETP", "3 %", "0.03")]
    [InlineData("ETP", "0,0286", "0.0286")]
    [InlineData("Heures hebdo", "1", "1")]
    public void AnFteOfOneHourAWeekOrMoreIsAccepted(string column, string written, string hoursOrFte)
    {
        var result = PayrollText.Run($"Matricule;{column};Salaire de base\nE1;{written};1000\n");

        var record = Assert.Single(result.Records);
        var expected = decimal.Parse(hoursOrFte, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(column == "ETP" ? expected : expected / 35m, record.Fte);
    }
}
