using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Pay;

public class PayRequestParserTests
{
    [Fact]
    public void APublicPayRequestBecomesAQueryWithZone3AndCtiByDefault()
    {
        var query = PayRequestParser.PublicPay("AMA-CN", "13", "2024-06-01");

        Assert.Equal(new PublicPayQuery(GradeCode.AmaCn, 13, new DateOnly(2024, 6, 1), ResidenceZone.Zone3, IncludeCti: true), query);
    }

    [Fact]
    public void CodesAreTrimmedAndCaseInsensitiveAndNoCtiIsHonoured()
    {
        var query = PayRequestParser.PublicPay(" ama-cs ", "2", "2026-01-15", zone: "1", noCti: true);

        Assert.Equal((GradeCode.AmaCs, ResidenceZone.Zone1, false), (query.Grade, query.Zone, query.IncludeCti));
    }

    [Fact]
    public void AnUnknownGradeIsAnUnknownCodeNamingTheValidCodes()
    {
        var ex = Assert.Throws<MedSecInputException>(() => PayRequestParser.PublicPay("AMA-XX", "1", "2024-06-01"));

        Assert.Equal(InputErrorKind.UnknownCode, ex.Kind);
        Assert.Equal("Grade inconnu 'AMA-XX' (codes valides : AMA-CN, AMA-CS, AMA-CE, AAH-C1, AAH-C2, AAH-C3).", ex.Message);
    }

    [Theory]
    [InlineData("2024/06/01")]
    [InlineData("01-06-2024")]
    [InlineData("2024-13-01")]
    [InlineData("demain")]
    public void ADateNotInIsoFormatIsBadInput(string date)
    {
        var ex = Assert.Throws<MedSecInputException>(() => PayRequestParser.PublicPay("AMA-CN", "1", date));

        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
        Assert.Contains("aaaa-mm-jj", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 234,56")]
    [InlineData("1\u00A0234,56")]
    [InlineData("1\u202F234,56")]
    [InlineData("1234.56")]
    [InlineData("1 234.56")]
    public void AnAmountMayGroupItsThousandsWithSpacesAsFrenchWritesThem(string gross) =>
        Assert.Equal(1234.56m, PayRequestParser.Net(gross, "private", "2026-03-01").Gross);

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2200-01-01")]
    [InlineData("9999-01-01")]
    public void ADateOutsideTheCenturiesAPayRuleCouldConcernIsOutOfRange(string date)
    {
        var ex = Assert.Throws<MedSecInputException>(() => PayRequestParser.PublicPay("AMA-CN", "1", date));

        Assert.Equal(InputErrorKind.OutOfRange, ex.Kind);
        Assert.Contains($"Date {date} pour date hors de l'intervalle", ex.Message);
    }

    [Fact]
    public void AMessageRepeatsALongValueCut()
    {
        var ex = Assert.Throws<MedSecInputException>(() => PayRequestParser.PublicPay(new string('x', 5000), "1", "2024-06-01"));

        Assert.True(ex.Message.Length < 300, ex.Message);
        Assert.Contains(new string('x', PayRequestParser.ShownLength) + "…'", ex.Message);
    }

    [Fact]
    public void AnOptionalParameterLeftEmptyTakesItsDefault()
    {
        // As a form or a query string sends it (zone=&weeklyHours=): empty means not given, not "missing".
        Assert.Equal(ResidenceZone.Zone3, PayRequestParser.PublicPay("AMA-CN", "1", "2024-06-01", zone: "").Zone);
        Assert.Equal(35m, PayRequestParser.Floor("1147", "5", "2024-06-01", weeklyHours: " ").WeeklyHours);
        Assert.Equal(1, PayRequestParser.PublicCareer("AMA-CN", "2024-06-01", "5", echelon: "").StartEchelon);
        Assert.Equal(new DateOnly(2026, 3, 1), PayRequestParser.Net("2000", "private", "", new DateOnly(2026, 3, 1)).Date);
    }

    [Fact]
    public void AMissingValueIsBadInputNamingTheParameter()
    {
        var ex = Assert.Throws<MedSecInputException>(() => PayRequestParser.PublicPay("AMA-CN", null, "2024-06-01"));

        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
        Assert.Equal("Paramètre echelon manquant.", ex.Message);
    }

    [Theory]
    [InlineData("0029", Agreement.Idcc29)]
    [InlineData("29", Agreement.Idcc29)]
    [InlineData("1147", Agreement.Idcc1147)]
    [InlineData("2264", Agreement.Idcc2264)]
    [InlineData("2098", Agreement.Idcc2098)]
    public void AgreementsAcceptTheirIdccIncluding0029(string code, Agreement expected) =>
        Assert.Equal(expected, PayRequestParser.Floor(code, "5", "2026-01-15").Agreement);

    [Fact]
    public void AFloorRequestDefaultsTo35HoursAndAcceptsADecimalComma()
    {
        Assert.Equal(35m, PayRequestParser.Floor("1147", "5", "2026-01-15").WeeklyHours);
        Assert.Equal(24.5m, PayRequestParser.Floor("1147", "5", "2026-01-15", "24,5").WeeklyHours);
    }

    [Fact]
    public void AnUnknownAgreementOrSectorIsAnUnknownCode()
    {
        Assert.Equal(InputErrorKind.UnknownCode, Assert.Throws<MedSecInputException>(() => PayRequestParser.Floor("9999", "5", "2026-01-15")).Kind);
        Assert.Equal(InputErrorKind.UnknownCode, Assert.Throws<MedSecInputException>(() => PayRequestParser.Net("2000", "liberal")).Kind);
    }

    [Fact]
    public void ANetRequestWithoutADateUsesTheGivenToday()
    {
        var query = PayRequestParser.Net("2000.50", "remote", today: new DateOnly(2026, 3, 1));

        Assert.Equal(new NetQuery(2000.50m, Sector.Remote, new DateOnly(2026, 3, 1)), query);
    }

    [Theory]
    [InlineData("deux mille")]
    [InlineData("20 00")]
    [InlineData("2 000 0")]
    [InlineData("1e3")]
    public void AMalformedAmountIsBadInput(string gross) =>
        Assert.Equal(InputErrorKind.BadInput, Assert.Throws<MedSecInputException>(() => PayRequestParser.Net(gross, "private")).Kind);

    [Fact]
    public void ACareerRequestDefaultsToEchelon1()
    {
        var query = PayRequestParser.PublicCareer("AAH-C1", "2024-01-01", "10");

        Assert.Equal(new PublicCareerQuery(GradeCode.AahC1, new DateOnly(2024, 1, 1), 10, 1), query);
    }

    [Fact]
    public void ANonIntegerEchelonIsBadInput() =>
        Assert.Equal(InputErrorKind.BadInput, Assert.Throws<MedSecInputException>(() => PayRequestParser.PublicCareer("AAH-C1", "2024-01-01", "10", "2.5")).Kind);
}
