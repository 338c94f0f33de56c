using MedSec.Analytics.Estimation;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

public sealed class EstimateRequestParserTests
{
    [Fact]
    public void ParsesTheCliOptionsIntoAProfile()
    {
        var p = EstimateRequestParser.Profile("private", "11", "5", "cardiology", "clinique", "50-249", "cdd", "28,5", "2025-02-01");
        Assert.Equal(new PayProfile(Sector.Private, new Region("11"), 5m, Specialty.Cardiology, EmployerType.Clinique,
            SizeBand.From50To249, ContractType.Cdd, 28.5m, new DateOnly(2025, 2, 1)), p);
    }

    [Fact]
    public void OmittedOptionsStayNull()
    {
        var p = EstimateRequestParser.Profile("remote", "4", "0");
        Assert.Equal(new Region("04"), p.Region);
        Assert.Null(p.Employer);
        Assert.Null(p.WeeklyHours);
        Assert.Null(p.Date);
    }

    [Theory]
    [InlineData("hospital", "11", "5", null)]
    [InlineData("private", "99", "5", null)]
    [InlineData("private", "11", "5", "dentistry")]
    public void UnknownCodesAreUnknownCodeErrors(string sector, string region, string experience, string? specialty)
    {
        var e = Assert.Throws<MedSecInputException>(() => EstimateRequestParser.Profile(sector, region, experience, specialty));
        Assert.Equal(InputErrorKind.UnknownCode, e.Kind);
    }

    [Theory]
    [InlineData("-1", null, InputErrorKind.OutOfRange)]
    [InlineData("51", null, InputErrorKind.OutOfRange)]
    [InlineData("cinq", null, InputErrorKind.BadInput)]
    [InlineData("5", "0", InputErrorKind.OutOfRange)]
    [InlineData("5", "49", InputErrorKind.OutOfRange)]
    [InlineData("5", "trente", InputErrorKind.BadInput)]
    public void OutOfRangeNumbersAndMalformedOnesAreToldApart(string experience, string? hours, InputErrorKind kind)
    {
        var e = Assert.Throws<MedSecInputException>(() => EstimateRequestParser.Profile("private", "11", experience, weeklyHours: hours));
        Assert.Equal(kind, e.Kind);
    }

    [Fact]
    public void MissingRegionIsBadInput()
    {
        var e = Assert.Throws<MedSecInputException>(() => EstimateRequestParser.Profile("private", null, "5"));
        Assert.Equal(InputErrorKind.BadInput, e.Kind);
    }
}
