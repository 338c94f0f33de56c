using MedSec.Analytics.Imports;
using MedSec.Analytics.Pay;
using MedSec.Data.Payroll;
using MedSec.Data.Store;
using MedSec.Domain;

namespace MedSec.Analytics.Payroll;

/// <summary>The payroll façade over the local store (<c>$MEDSEC_HOME/medsec.db</c> by default); imports go through <see cref="ImportService"/>.</summary>
public sealed class PayrollService(IPayService pay, string? databasePath = null, TimeProvider? clock = null) : IPayrollService
{
    private readonly string _databasePath = databasePath ?? StoreLocation.DefaultDatabasePath();

    public ImportReport Import(string fileName, ReadOnlyMemory<byte> content, string? rejectsPath = null) =>
        new ImportService(pay, _databasePath, clock).Import(fileName, content, new ImportOptions(ImportFormat.Payroll, rejectsPath));

    public IReadOnlyList<ImportRecord> Imports()
    {
        using var store = PayrollStore.Open(_databasePath);
        return store.Imports();
    }

    public IReadOnlyList<PayrollRecord> Rows(long importId)
    {
        using var store = PayrollStore.Open(_databasePath);
        if (store.FindImport(importId) is null) throw NoSuchImport(importId);
        return store.Rows(importId);
    }

    public PayrollDeletion Delete(long importId)
    {
        using var store = PayrollStore.Open(_databasePath);
        if (store.FindImport(importId) is not { } import) return new PayrollDeletion(importId, false, null, 0);
        var rows = store.Rows(importId).Count;
        var deleted = store.Delete(importId);
        return new PayrollDeletion(importId, deleted, import.FileName, deleted ? rows : 0);
    }

    private static MedSecInputException NoSuchImport(long id) =>
        new($"Aucun import de paie n° {id} dans la base locale (medsec payroll list les énumère).", InputErrorKind.UnknownCode);
}
