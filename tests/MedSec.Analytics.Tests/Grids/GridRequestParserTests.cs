using MedSec.Analytics.Grids;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Grids;

public class GridRequestParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void TheOptionsOfTheContractBecomeAQuery()
    {
        var q = GridRequestParser.Design("75", "clinique", "60", "6", "5", "2264", "2026-03-01", "3", "4", "0,42", Today);

        Assert.Equal(new GridDesignQuery(new Region("75"), EmployerType.Clinique, 60m, 6, 5, Agreement.Idcc2264, new DateOnly(2026, 3, 1), 3, 0.04m, 0.42m), q);
    }

    [Fact]
    public void WithoutDateTheGridIsForTodayWithoutAgreementNorPayroll()
    {
        var q = GridRequestParser.Design("84", "cabinet", "50", "3", "2", today: Today);

        Assert.Equal((Today, (Agreement?)null, (long?)null), (q.Date, q.Agreement, q.Payroll));
    }

    [Theory]
    [InlineData("99", "cabinet", "60", "5", "4", InputErrorKind.UnknownCode)]
    [InlineData("84", "boulangerie", "60", "5", "4", InputErrorKind.UnknownCode)]
    [InlineData("84", "cabinet", "0", "5", "4", InputErrorKind.OutOfRange)]
    [InlineData("84", "cabinet", "100", "5", "4", InputErrorKind.OutOfRange)]
    [InlineData("84", "cabinet", "soixante", "5", "4", InputErrorKind.BadInput)]
    [InlineData("84", "cabinet", "60", "0", "4", InputErrorKind.OutOfRange)]
    [InlineData("84", "cabinet", "60", "13", "4", InputErrorKind.OutOfRange)]
    [InlineData("84", "cabinet", "60", "5", "10", InputErrorKind.OutOfRange)]
    [InlineData(null, "cabinet", "60", "5", "4", InputErrorKind.BadInput)]
    public void BadValuesAreRefusedWithTheirKind(string? region, string employer, string percentile, string levels, string steps, InputErrorKind kind) =>
        Assert.Equal(kind, Assert.Throws<MedSecInputException>(() => GridRequestParser.Design(region, employer, percentile, levels, steps, today: Today)).Kind);

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("0")]
    public void APayrollIsAnImportNumber(string payroll) =>
        Assert.Throws<MedSecInputException>(() => GridRequestParser.Design("84", "cabinet", "60", "5", "4", payroll: payroll, today: Today));

    [Theory]
    [InlineData("0.42", 0.42)]
    [InlineData("42", 0.42)]
    [InlineData("42 %", 0.42)]
    [InlineData("1", 0.01)]
    public void RatesAreSharesOrPercentages(string text, double rate) =>
        Assert.Equal((decimal)rate, GridRequestParser.Design("84", "cabinet", "60", "5", "4", chargeRate: text, today: Today).ChargeRate);
}
