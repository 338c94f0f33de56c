using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// The payroll reader handed CsvHelper 34 a 1 MB MaxRecordSize, which it does not enforce: a record of any size was read
/// and stored. A longer record is now rejected as in observation files (line, its longest field's column, why), and the
/// records after it are read.
/// </summary>
public class PayrollRecordLimitTests
{
    private const string Valid = "A001;F;Secrétaire;7;01/09/2019;1;2 150,00;1 200,00\n";

    [Fact]
    public void ARecordOverTheLimitIsRejectedWithItsLineAndColumnAndTheRestIsRead()
    {
        // 1 MB and one byte of title: 7 bytes before it ("A002;F;"), 33 after (";7;01/09/2019;1;2 150,00;1 200,00").
        var title = new string('x', (1 << 20) + 1);
        var result = PayrollText.Run(PayrollText.FrenchHeader + "\n" + Valid + $"A002;F;{title};7;01/09/2019;1;2 150,00;1 200,00\n" +
            Valid.Replace("A001", "A003"));

        Assert.Null(result.FileError);
        Assert.Equal(3, result.Read);
        Assert.Equal(["A001", "A003"], result.Records.Select(r => r.EmployeeId));
        Assert.Equal(result.Read, result.Records.Count + result.Rejections.Count);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((3L, "Intitulé du poste"), (rejection.Line, rejection.Column));
        Assert.Equal("Enregistrement trop long : 1 048 617 octets pour une limite de 1 048 576 ; ce champ en a 1 048 577.", rejection.Reason);
    }
}
