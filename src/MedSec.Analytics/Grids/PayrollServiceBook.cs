using MedSec.Analytics.Payroll;
using MedSec.Data.Payroll;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Grids;

/// <summary>
/// The grid designer's payroll seam over the payroll service (<see cref="IPayrollService"/>: the import service's payroll
/// format and the store's own payroll table), giving the pure rules' <see cref="EmployeePay"/> records.
/// </summary>
public sealed class PayrollServiceBook(IPayrollService payrolls) : IPayrollBook
{
    public PayrollImportResult Import(string fileName, ReadOnlyMemory<byte> content)
    {
        var report = payrolls.Import(fileName, content);
        return new PayrollImportResult(report.ImportId, report.File, report.Read, report.Accepted, report.Rejected, report.Flagged,
            report.AlreadyImported, report.Rejections, report.Flags);
    }

    public IReadOnlyList<PayrollImportInfo> Imports() =>
        [.. payrolls.Imports().Select(i => new PayrollImportInfo(i.Id, i.FileName, i.ImportedAt, i.Accepted, i.Rejected))];

    public IReadOnlyList<EmployeePay>? Employees(long importId) =>
        payrolls.Imports().Any(i => i.Id == importId) ? [.. payrolls.Rows(importId).Select(ToEmployee)] : null;

    public bool Delete(long importId) => payrolls.Delete(importId).Deleted;

    /// <summary>The pure rules' view of a payroll row.</summary>
    public static EmployeePay ToEmployee(PayrollRecord r) =>
        new(r.EmployeeId, r.Gender, r.JobTitle, r.Level, r.HireDate, r.Fte, r.BaseMonthlyGross, r.AnnualBonuses);
}
