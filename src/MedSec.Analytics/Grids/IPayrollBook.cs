using MedSec.Data.Ingestion;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Grids;

/// <summary>
/// The imported payrolls (fichiers de paie) of the local store: personal data, kept only there, in their own table,
/// never mixed into market data, and deletable. The grid designer's only view of payroll data.
/// </summary>
public interface IPayrollBook
{
    /// <summary>Reads, validates and stores a payroll file (once per SHA-256). Throws <see cref="MedSec.Domain.MedSecInputException"/> for a file refused whole.</summary>
    PayrollImportResult Import(string fileName, ReadOnlyMemory<byte> content);

    /// <summary>The stored payroll imports, oldest first.</summary>
    IReadOnlyList<PayrollImportInfo> Imports();

    /// <summary>The employees of a payroll import, in file order; null when there is no such payroll import.</summary>
    IReadOnlyList<EmployeePay>? Employees(long importId);

    /// <summary>Deletes a payroll import and all its rows; false when there is no such payroll import.</summary>
    bool Delete(long importId);
}

/// <summary>One stored payroll import.</summary>
public sealed record PayrollImportInfo(long Id, string FileName, DateTimeOffset ImportedAt, long Employees, long Rejected);

/// <summary>What became of a payroll file: the ingestion's accounting (accepted + rejected = read) and the import id.</summary>
public sealed record PayrollImportResult(
    long ImportId,
    string File,
    long Read,
    long Accepted,
    long Rejected,
    long Flagged,
    bool AlreadyImported,
    IReadOnlyList<Rejection> Rejections,
    IReadOnlyList<FlaggedRecord> Flags);
