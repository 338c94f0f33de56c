using MedSec.Analytics.Pay;
using MedSec.Data.Frames;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Analytics.Tests.Sample;

public class SampleFileTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void FileIsExactlyWhatTheSeedGives()
    {
        var generated = sample.Generator().GenerateCsv();

        Assert.True(generated.AsSpan().SequenceEqual(sample.File),
            "data/sample/observations.csv differs from what its seed gives: run `dotnet run data/sample/regenerate.cs` and commit the file.");
    }

    [Fact]
    public void IngestionAcceptsEveryRowAsSyntheticAndFlagsNone()
    {
        var read = sample.Read;

        Assert.Null(read.FileError);
        Assert.Equal(20_000, read.Read);
        Assert.Equal(20_000, read.Accepted);
        Assert.Empty(read.Rejections);
        Assert.Empty(read.Flags);
        Assert.All(read.Observations.Rows, r => Assert.True(r.Observation.Synthetic));
        Assert.All(read.Observations.Rows, r => Assert.InRange(r.Observation.Date, new DateOnly(2023, 7, 1), new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void PrivatePercentilesAreWithinFivePercentOfPcs542aConvertedToGross()
    {
        // PCS 542A 2023, net monthly FTE (research notes §4), converted to gross with the pay service's private rules.
        (decimal P, decimal Net)[] published = [(0.10m, 1385.2m), (0.25m, 1628.3m), (0.50m, 1908.6m), (0.75m, 2266.4m), (0.90m, 2754.5m)];
        var gross = sample.Read.Observations.Rows.Where(r => r.Observation.Sector == Sector.Private).Select(r => r.MonthlyGross).ToArray();

        foreach (var (p, net) in published)
        {
            var target = sample.Services.Pay.GrossFromNet(net, Sector.Private, new DateOnly(2023, 10, 1));
            var generated = Percentiles.Type7(gross, p);
            Assert.InRange(generated, target * 0.95m, target * 1.05m);
        }
    }

    [Fact]
    public void NoPrivateOrRemoteRowIsBelowItsLegalFloor()
    {
        var p = sample.Parameters;
        var bands = p.Weights("experience_band_weight").Select(b => b.Key).ToArray();
        foreach (var row in sample.Read.Observations.Rows.Where(r => r.Observation.Sector != Sector.Public))
        {
            var o = row.Observation;
            var band = bands.First(b => o.ExperienceYears <= int.Parse(b.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture));
            var idcc = p.Text("employer_agreement", CodeBook.Employers.ToCode(o.Employer!.Value));
            Assert.True(CodeBook.Agreements.TryParse(idcc, out var agreement));
            var level = p.Text($"level_{idcc}", band);
            // The floor of the row's région: Mayotte's rows are owed Mayotte's own SMIC.
            var fullTime = sample.Services.Pay.Floor(new FloorQuery(agreement, level, o.Date, Region: o.Region)).Floor;
            var forHours = sample.Services.Pay.Floor(new FloorQuery(agreement, level, o.Date, o.WeeklyHours ?? 35m, Region: o.Region)).Floor;

            Assert.True(row.MonthlyGross >= fullTime, $"line {row.Line}: {row.MonthlyGross} below its floor {fullTime}");
            if (o.PayBasis == PayBasis.Monthly) Assert.True(o.PayAmount >= forHours, $"line {row.Line}: {o.PayAmount} for {o.WeeklyHours} h below {forHours}");
        }
    }

    [Fact]
    public void PublicRowsAreTheGridPayOfTheirGradeAndEchelonNotADraw()
    {
        var pay = sample.Services.Pay;
        foreach (var row in sample.Read.Observations.Rows.Where(r => r.Observation.Sector == Sector.Public).Take(2000))
        {
            var o = row.Observation;
            var zones = Enum.GetValues<ResidenceZone>()
                .Select(z => pay.PublicPay(new PublicPayQuery(o.Grade!.Value, o.Echelon!.Value, o.Date, z)).TotalWithAllowances);
            Assert.Contains(o.PayAmount, zones);
            Assert.Equal(35m, o.WeeklyHours);
        }
    }

    [Fact]
    public void PublicEchelonIsTheOneReachedAfterTheYearsInTheGrade()
    {
        var pay = sample.Services.Pay;
        foreach (var row in sample.Read.Observations.Rows.Where(r => r.Observation.Sector == Sector.Public).Take(500))
        {
            var o = row.Observation;
            var years = (int)o.ExperienceYears!.Value - sample.Parameters.Int("public_grade_years_before", CodeBook.Grades.ToCode(o.Grade!.Value));
            var expected = years < 1 ? 1 : pay.PublicCareer(new PublicCareerQuery(o.Grade.Value, new DateOnly(2023, 7, 1), years)).Steps[^1].Echelon;
            Assert.Equal(expected, o.Echelon);
        }
    }

    [Fact]
    public void PracticeSecretariesWorkTwentySevenHoursOnAverageAndPartTimeRowsKeepTheirHours()
    {
        var cabinet = sample.Read.Observations.Rows.Select(r => r.Observation).Where(o => o.Employer == EmployerType.Cabinet).ToList();

        Assert.InRange(cabinet.Average(o => o.WeeklyHours!.Value), 26m, 28m);
        var partTime = sample.Read.Observations.Rows
            .Where(r => r.Observation.Employer == EmployerType.Cabinet && r.Observation.WeeklyHours < 35m && r.Observation.PayBasis == PayBasis.Monthly)
            .ToList();
        Assert.NotEmpty(partTime);
        // The amount is what is paid for the hours (often less than a full-time SMIC month); its full-time month is above the SMIC.
        Assert.Contains(partTime, r => r.Observation.PayAmount < 1747.20m);
        Assert.All(partTime, r => Assert.Equal(
            Math.Round(r.Observation.PayAmount * 35m / r.Observation.WeeklyHours!.Value, 2, MidpointRounding.AwayFromZero), r.MonthlyGross));
        Assert.All(partTime, r => Assert.True(r.MonthlyGross >= 1747.20m));
    }

    [Fact]
    public void IleDeFranceIsPaidMoreThanTheRest()
    {
        var rows = sample.Read.Observations.Rows.Where(r => r.Observation.Sector == Sector.Private).ToList();
        var idf = rows.Where(r => r.Observation.Region.Code == "11").Select(r => r.MonthlyGross).ToArray();
        var rest = rows.Where(r => r.Observation.Region.Code != "11").Select(r => r.MonthlyGross).ToArray();

        Assert.True(Percentiles.Type7(idf, 0.5m) > Percentiles.Type7(rest, 0.5m) * 1.05m);
    }

    [Fact]
    public void EverySectorIsPresentInItsCitedProportion()
    {
        var counts = sample.Read.Observations.Rows.GroupBy(r => r.Observation.Sector).ToDictionary(g => g.Key, g => g.Count());

        // 34 700 public, 81 300 private, 7 000 remote of 123 000 (generator_parameters.csv).
        Assert.InRange(counts[Sector.Public], 20_000 * 0.26, 20_000 * 0.30);
        Assert.InRange(counts[Sector.Private], 20_000 * 0.64, 20_000 * 0.68);
        Assert.InRange(counts[Sector.Remote], 20_000 * 0.045, 20_000 * 0.07);
    }
}
