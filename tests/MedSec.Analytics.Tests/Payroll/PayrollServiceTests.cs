using MedSec.Analytics.Payroll;
using MedSec.Analytics.Tests.Imports;
using MedSec.Domain;

namespace MedSec.Analytics.Tests.Payroll;

public class PayrollServiceTests
{
    [Fact]
    public void ImportedPayrollIsListedReadBackAndDeleted()
    {
        using var f = new ImportFixture();
        var service = new PayrollService(ImportFixture.Default.Pay, f.DatabasePath);

        var report = service.Import("paie.csv", System.Text.Encoding.UTF8.GetBytes(JobAdAndPayrollImportTests.Payroll));

        Assert.Equal([report.ImportId], service.Imports().Select(i => i.Id));
        Assert.Equal(["A001", "A002"], service.Rows(report.ImportId).Select(r => r.EmployeeId));
        var deletion = service.Delete(report.ImportId);
        Assert.Equal(new PayrollDeletion(report.ImportId, true, "paie.csv", 2), deletion);
        Assert.Empty(service.Imports());
        Assert.False(service.Delete(report.ImportId).Deleted);
    }

    [Fact]
    public void MarketImportsAreNeitherListedNorDeletedAsPayrolls()
    {
        using var f = new ImportFixture();
        var market = f.Service.Import(f.Write("enquete.csv", ImportFixture.FrenchText));
        var service = new PayrollService(ImportFixture.Default.Pay, f.DatabasePath);

        Assert.Empty(service.Imports());
        Assert.False(service.Delete(market.ImportId).Deleted);
        Assert.Single(f.Service.Imports());
        var error = Assert.Throws<MedSecInputException>(() => service.Rows(market.ImportId));
        Assert.Equal(InputErrorKind.UnknownCode, error.Kind);
    }
}
