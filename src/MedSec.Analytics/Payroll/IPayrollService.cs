using MedSec.Analytics.Imports;
using MedSec.Data.Payroll;
using MedSec.Data.Store;

namespace MedSec.Analytics.Payroll;

/// <summary>
/// An employer's imported payrolls (personal data): imported, listed, read back in full by the HR user, and deleted by
/// import id from the CLI (<c>medsec payroll delete ID</c>) and the web app. Never part of market data.
/// </summary>
public interface IPayrollService
{
    /// <summary>Imports a payroll file held in memory (an upload); a file refused whole throws <see cref="MedSec.Domain.MedSecInputException"/>.</summary>
    ImportReport Import(string fileName, ReadOnlyMemory<byte> content, string? rejectsPath = null);

    /// <summary>The payroll imports, oldest first.</summary>
    IReadOnlyList<ImportRecord> Imports();

    /// <summary>The employees of one payroll import, in file order; throws <see cref="MedSec.Domain.MedSecInputException"/> (unknown code) when there is none.</summary>
    IReadOnlyList<PayrollRecord> Rows(long importId);

    /// <summary>Deletes a payroll import and every row of it; the outcome says what was deleted (nothing when there was none).</summary>
    PayrollDeletion Delete(long importId);
}
