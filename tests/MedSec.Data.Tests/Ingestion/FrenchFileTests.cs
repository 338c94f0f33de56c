using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>The Windows-1252, <c>;</c>, decimal-comma file with French headers, and its UTF-8 twin.</summary>
public class FrenchFileTests
{
    [Fact]
    public void Windows1252FileGivesTheSameObservationsAsItsUtf8Twin()
    {
        var ansi = Fixture.Run("observations-fr-1252.csv");
        var utf8 = Fixture.Run("observations-fr-utf8.csv");

        Assert.Null(ansi.FileError);
        Assert.Equal(SourceEncoding.Windows1252, ansi.Dialect!.Encoding);
        Assert.Equal(SourceEncoding.Utf8, utf8.Dialect!.Encoding);
        Assert.Equal(6, ansi.Accepted);
        Assert.Equal(ansi.Observations.Rows.Select(r => r.Observation), utf8.Observations.Rows.Select(r => r.Observation));
        Assert.Equal(ansi.Observations.Rows.Select(r => (r.Line, r.MonthlyGross, r.Extra.Count)),
            utf8.Observations.Rows.Select(r => (r.Line, r.MonthlyGross, r.Extra.Count)));
    }

    [Fact]
    public void FrenchHeadersAndValuesMapToTheCodes()
    {
        var result = Fixture.Run("observations-fr-1252.csv");
        var first = result.Observations[0].Observation;

        Assert.Equal(';', result.Dialect!.Separator);
        Assert.Equal("\r\n", result.Dialect.NewLine);
        Assert.Equal(new DateOnly(2025, 3, 15), first.Date);
        Assert.Equal("Enquête régionale", first.Source);
        Assert.Equal(Sector.Private, first.Sector);
        Assert.Equal(EmployerType.Cabinet, first.Employer);
        Assert.Equal(SizeBand.From1To9, first.Size);
        Assert.Equal(new Region("84"), first.Region);
        Assert.Equal("69", first.Departement);
        Assert.Equal(Specialty.Cardiology, first.Specialty);
        Assert.Equal("Secrétaire médicale", first.JobTitle);
        Assert.Equal(ContractType.Cdi, first.Contract);
        Assert.Equal(2150.00m, first.PayAmount);
        Assert.Equal(Gender.Female, first.Gender);
        var remote = result.Observations[2].Observation;
        Assert.Equal(Sector.Remote, remote.Sector);
        Assert.Equal(new Region("11"), remote.Region);
        Assert.Equal(PayBasis.Hourly, remote.PayBasis);
        Assert.Equal(13.50m, remote.PayAmount);
        Assert.Equal(Gender.Male, remote.Gender);
    }

    [Fact]
    public void QuotedMultiLineFieldStaysOneRecordAndLaterLinesArePhysical()
    {
        var result = Fixture.Run("observations-fr-utf8.csv");

        Assert.Equal(6, result.Read);
        Assert.Equal([2L, 3L, 5L, 6L, 7L, 8L], result.Observations.Rows.Select(r => r.Line));
        var hospital = result.Observations[1];
        Assert.Equal(GradeCode.AmaCn, hospital.Observation.Grade);
        Assert.Equal(7, hospital.Observation.Echelon);
        Assert.Equal(12.5m, hospital.Observation.ExperienceYears);
        Assert.Equal("Équipe du bloc\r\nopératoire, service « ambulatoire »", hospital.Extra["Commentaire"]);
    }

    [Fact]
    public void UnknownColumnsAreKeptAsideAndTheTrailingEmptyRecordIsNotCounted()
    {
        var result = Fixture.Run("observations-fr-1252.csv");

        Assert.Equal(["Commentaire"], result.UnknownColumns);
        Assert.Equal("Prime d'équipe", result.Observations[2].Extra["Commentaire"]);
        Assert.Empty(result.Observations[0].Extra);
        Assert.Equal(1, result.BlankRecords);
        Assert.Equal(result.Read, result.Accepted + result.Rejected);
    }

    [Fact]
    public void PayIsNormalisedToAFullTimeMonthlyGrossKeepingTheOriginal()
    {
        var rows = Fixture.Run("observations-fr-utf8.csv").Observations;

        Assert.Equal(2150.00m, rows[0].MonthlyGross);
        Assert.Equal(2047.55m, rows[2].MonthlyGross); // 13.50 €/h × 151.67
        Assert.Equal(2275.00m, rows[3].MonthlyGross); // 27 300 € a year ÷ 12
        // 1 420.75 € net, 13 months, 28 h: × 13 / 12 × 35 / 28 = 1 923.93 € net full time, ÷ 0.78 = 2 466.58 € gross
        Assert.Equal(2466.58m, rows[4].MonthlyGross);
        Assert.True(rows[4].ConvertedFromNet);
        Assert.Equal(1420.75m, rows[4].Observation.PayAmount);
        Assert.Equal(PayKind.Net, rows[4].Observation.PayKind);
        Assert.False(rows[0].ConvertedFromNet);
    }
}
