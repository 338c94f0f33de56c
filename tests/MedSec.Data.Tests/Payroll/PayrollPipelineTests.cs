using System.Text;
using MedSec.Data.Ingestion;
using MedSec.Data.Payroll;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Payroll;

public class PayrollPipelineTests
{
    private const string French =
        PayrollText.FrenchHeader + "\r\n" +
        "A001;F;Secrétaire médicale;Positionnement 7;01/09/2019;1;2 150,00 €;1 200,00\r\n" +
        "A002;Homme;\"Secrétaire; accueil\";6;15/03/2022;80 %;1 720,00;\r\n" +
        "A003;F;\"Coordinatrice\r\ndu secrétariat\";12;2015-01-05;0,5;1 250,50;600\r\n" +
        ";;;;;;;\r\n";

    [Fact]
    public void FrenchFileIsReadWithDecimalCommasPercentFteAndMultiLineTitles()
    {
        var result = PayrollText.Run(French, InputDecoder.Ansi);

        Assert.Null(result.FileError);
        Assert.Equal(SourceEncoding.Windows1252, result.Dialect!.Encoding);
        Assert.Equal(';', result.Dialect.Separator);
        Assert.Equal(3, result.Read);
        Assert.Equal(1, result.BlankRecords);
        Assert.Equal(3, result.Accepted);
        Assert.Equal(
        [
            new PayrollRecord(2, "A001", Gender.Female, "Secrétaire médicale", "Positionnement 7", new DateOnly(2019, 9, 1), 1m, 2150.00m, 1200.00m),
            new PayrollRecord(3, "A002", Gender.Male, "Secrétaire; accueil", "6", new DateOnly(2022, 3, 15), 0.8m, 1720.00m, 0m),
            new PayrollRecord(4, "A003", Gender.Female, "Coordinatrice\r\ndu secrétariat", "12", new DateOnly(2015, 1, 5), 0.5m, 1250.50m, 600m),
        ], result.Records);
    }

    /// <summary>Weekly hours written with their unit read as the number (FTE = hours ÷ 35, data/README.md); they were
    /// refused: "'24h' n'est pas un nombre d'heures".</summary>
    [Fact]
    public void WeeklyHoursWrittenWithTheirUnitAreRead()
    {
        var result = PayrollText.Run("Matricule;Heures hebdo;Salaire de base\nP1;24h;1500\nP2;17 h 30;1000\nP3;35 H;2000\n");

        Assert.Empty(result.Rejections);
        Assert.Equal([24m / 35m, 0.5m, 1m], result.Records.Select(r => r.Fte));
    }

    [Fact]
    public void FullTimeBaseIsTheBaseDividedByTheFte()
    {
        var result = PayrollText.Run(French);

        Assert.Equal([2150.00m, 2150.00m, 2501.00m], result.Records.Select(r => r.FullTimeMonthlyBase));
    }

    [Fact]
    public void EnglishHeadersAndWeeklyHoursAreUnderstood()
    {
        var result = PayrollText.Run(
            "employee_id,gender,job_title,level,hire_date,weekly_hours,base_monthly_gross,annual_bonuses,department\n" +
            "E1,f,Medical secretary,N6,2020-02-01,28,1600.00,0,Cardiology\n");

        var record = Assert.Single(result.Records);
        Assert.Equal(0.8m, record.Fte);
        Assert.Equal(2000.00m, record.FullTimeMonthlyBase);
        Assert.Equal(["department"], result.UnknownColumns);
    }

    [Fact]
    public void BadRecordsAreRejectedWithLineColumnAndReason()
    {
        var result = PayrollText.Run(
            PayrollText.FrenchHeader + "\n" +
            "B1;F;Secrétaire;5;01/01/2020;1;2000;0\n" +
            ";F;Secrétaire;5;01/01/2020;1;2000;0\n" +
            "B1;F;Secrétaire;5;01/01/2020;1;2000;0\n" +
            "B2;X;Secrétaire;5;01/01/2020;1;2000;0\n" +
            "B3;F;Secrétaire;5;31/12/2026;1;2000;0\n" +
            "B4;F;Secrétaire;5;01/01/2020;120 %;2000;0\n" +
            "B5;F;Secrétaire;5;01/01/2020;1;;0\n" +
            "B6;F;Secrétaire;5;01/01/2020;1;-2000;0\n" +
            "B7;F;Secrétaire;5;01/01/2020;1;2000;-5\n" +
            "B8;F;Secrétaire;5;32/01/2020;1;2000;0\n");

        Assert.Equal(10, result.Read);
        Assert.Equal(1, result.Accepted);
        Assert.Equal(result.Read, result.Accepted + result.Rejected);
        Assert.Equal(
        [
            (3L, "Matricule"), (4L, "Matricule"), (5L, "Sexe"), (6L, "Date d'entrée"), (7L, "ETP"), (8L, "Salaire de base brut"),
            (9L, "Salaire de base brut"), (10L, "Primes annuelles"), (11L, "Date d'entrée"),
        ], result.Rejections.Select(r => (r.Line, r.Column)));
        Assert.Contains("en double (déjà ligne 2)", result.Rejections[1].Reason);
        Assert.Contains("futur", result.Rejections[3].Reason);
        Assert.Equal(9, result.RejectedRecords.Count);
    }

    [Theory]
    [InlineData("1,5", null)]
    [InlineData("2", null)]
    [InlineData("9,9", null)]
    [InlineData("10", "0.10")]
    [InlineData("80", "0.80")]
    [InlineData("80 %", "0.80")]
    [InlineData("0,8", "0.8")]
    [InlineData("1", "1")]
    public void AnFteAboveOneIsAPercentageFromTenUpAndRefusedBelow(string written, string? fte)
    {
        var result = PayrollText.Run(PayrollText.FrenchHeader + $"\nE1;F;Secrétaire;5;01/01/2020;{written};2000;0\n");

        Assert.Equal(1, result.Accepted + result.Rejected);
        if (fte is null)
        {
            var rejection = Assert.Single(result.Rejections);
            Assert.Equal(("ETP", 2L), (rejection.Column, rejection.Line));
            Assert.Contains("au-dessus de 1", rejection.Reason);
        }
        else
        {
            Assert.Equal(decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(result.Records).Fte);
        }
    }

    [Fact]
    public void BaseBelowTheSmicForAFullTimeMonthIsFlaggedNotRejected()
    {
        var result = PayrollText.Run(PayrollText.FrenchHeader + "\nC1;F;Secrétaire;4;01/01/2020;0,5;900;0\nC2;F;Secrétaire;4;01/01/2020;0,5;950;0\n");

        Assert.Equal(2, result.Accepted);
        var flag = Assert.Single(result.Flags);
        Assert.Equal(2L, flag.Line);
        Assert.Equal("Salaire de base brut", flag.Column);
        Assert.Contains("1800,00 €", flag.Reason); // 900 / 0.5
        Assert.Contains("1867,02 €", flag.Reason);
    }

    [Theory]
    [InlineData("Sexe;Poste;Salaire\nF;Secrétaire;2000\n", "Matricule")]
    [InlineData("Matricule;Sexe\nA1;F\n", "Salaire de base brut")]
    [InlineData("Matricule;ETP;Heures hebdo;Salaire de base\nA1;1;35;2000\n", "ETP et Heures hebdo")]
    [InlineData("Matricule;Matricule;Salaire de base\nA1;A2;2000\n", "n'en garder qu'une")]
    [InlineData("", "vide")]
    public void FileThatIsNotAPayrollIsRefusedAsAWhole(string text, string reason)
    {
        var result = PayrollText.Run(text);

        Assert.True(result.IsFileRejected);
        Assert.Contains(reason, result.FileError);
        Assert.Equal(0, result.Accepted);
    }

    [Theory]
    [InlineData(PayrollText.FrenchHeader + "\n", true)]
    [InlineData("employee_id,base_monthly_gross\n", true)]
    [InlineData("Date;Secteur;Région;Salaire\n", false)]
    [InlineData("id|intitule|salaire.libelle|romeCode\n", false)]
    // An empty line before the header: the reader skips it, so the format's detection must too (it read the file as observations).
    [InlineData("\r\n" + PayrollText.FrenchHeader + "\r\n", true)]
    public void LooksTellsPayrollFilesFromOthers(string text, bool expected) =>
        Assert.Equal(expected, PayrollPipeline.Looks(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void RejectsFileHasTheHeaderAndTheRejectedRecordsInTheInputEncoding()
    {
        var result = PayrollText.Run(PayrollText.FrenchHeader + "\r\nD1;F;Secrétaire;5;01/01/2020;1;2000;0\r\nD2;Z;Secrétaire;5;01/01/2020;1;2000;0\r\n",
            InputDecoder.Ansi);
        using var stream = new MemoryStream();

        RejectsWriter.Write(stream, result);

        Assert.Equal(PayrollText.FrenchHeader + "\r\nD2;Z;Secrétaire;5;01/01/2020;1;2000;0\r\n", InputDecoder.Ansi.GetString(stream.ToArray()));
    }
}
