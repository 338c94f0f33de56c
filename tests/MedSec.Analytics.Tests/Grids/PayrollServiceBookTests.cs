using System.Text;
using MedSec.Analytics.Grids;
using MedSec.Analytics.Market;
using MedSec.Analytics.Payroll;
using MedSec.Analytics.Tests.Imports;
using MedSec.Domain.Observations;

namespace MedSec.Analytics.Tests.Grids;

/// <summary>The grid designer's payroll seam over the real payroll service and a temporary store.</summary>
public class PayrollServiceBookTests
{
    public const string Payroll =
        "Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\n" +
        "A001;F;Secrétaire médicale;7;01/09/2019;1;2 150,00;1 200,00\r\n" +
        "A002;H;Secrétaire médicale;6;15/03/2022;80 %;1 720,00;\r\n";

    [Fact]
    public void AnImportedPayrollGivesItsEmployeesToTheRulesAndIsDeleted()
    {
        using var f = new ImportFixture();
        var book = new PayrollServiceBook(new PayrollService(ImportFixture.Default.Pay, f.DatabasePath));

        var import = book.Import("paie.csv", Encoding.UTF8.GetBytes(Payroll));

        Assert.Equal((2L, 2L, 0L, false), (import.Read, import.Accepted, import.Rejected, import.AlreadyImported));
        Assert.Equal([new PayrollImportInfo(import.ImportId, "paie.csv", book.Imports()[0].ImportedAt, 2, 0)], book.Imports());
        var employees = book.Employees(import.ImportId)!;
        Assert.Equal(new Domain.Transparency.EmployeePay("A002", Gender.Male, "Secrétaire médicale", "6", new DateOnly(2022, 3, 15), 0.8m, 1720m, 0m), employees[1]);
        Assert.Equal(2150m, employees[0].FullTimeMonthlyBase);

        Assert.True(book.Delete(import.ImportId));
        Assert.Null(book.Employees(import.ImportId));
        Assert.Empty(book.Imports());
        Assert.False(book.Delete(import.ImportId));
    }

    [Fact]
    public void TheSameFileImportedTwiceIsStoredOnce()
    {
        using var f = new ImportFixture();
        var book = new PayrollServiceBook(new PayrollService(ImportFixture.Default.Pay, f.DatabasePath));

        var first = book.Import("paie.csv", Encoding.UTF8.GetBytes(Payroll));
        var again = book.Import("paie (1).csv", Encoding.UTF8.GetBytes(Payroll));

        Assert.True(again.AlreadyImported);
        Assert.Equal(first.ImportId, again.ImportId);
        Assert.Single(book.Imports());
    }

    [Fact]
    public void PayrollNeverReachesTheMarketData()
    {
        using var f = new ImportFixture();
        var book = new PayrollServiceBook(new PayrollService(ImportFixture.Default.Pay, f.DatabasePath));
        book.Import("paie.csv", Encoding.UTF8.GetBytes(Payroll));

        var market = MarketData.Load(ImportFixture.Default.Pay, sampleFile: null, f.DatabasePath);

        Assert.Equal(0, market.Count);
        Assert.Equal(0, market.StoredRows);
    }
}
