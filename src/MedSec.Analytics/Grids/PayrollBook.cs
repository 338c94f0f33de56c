using System.Security.Cryptography;
using System.Text.Json;
using MedSec.Analytics.Pay;
using MedSec.Data.Payroll;
using MedSec.Data.Store;
using MedSec.Domain;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Grids;

/// <summary>
/// Payroll imports over the payroll pipeline (read → validate, flags under the SMIC) and the payroll table of the local
/// store (<c>$MEDSEC_HOME/medsec.db</c> by default), opened for each call.
/// </summary>
public sealed class PayrollBook(IPayService pay, string? databasePath = null, TimeProvider? clock = null) : IPayrollBook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string DatabasePath { get; } = databasePath ?? StoreLocation.DefaultDatabasePath();

    public PayrollImportResult Import(string fileName, ReadOnlyMemory<byte> content)
    {
        var today = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
        var result = PayrollPipeline.Run(fileName, content, new PayrollPipelineOptions(today, Smic));
        if (result.FileError is { } error) throw new MedSecInputException($"{fileName} : {error}");
        if (result.Accepted == 0) throw new MedSecInputException($"{fileName} : aucune ligne de paie valide ({result.Rejected} rejetée(s)).");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var summary = new PayrollImportResult(0, fileName, result.Read, result.Accepted, result.Rejected, result.Flagged, false,
            result.Rejections, result.Flags);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(DatabasePath))!);
        using var store = PayrollStore.Open(DatabasePath);
        var outcome = store.Save(
            new ImportDraft(fileName, sha256, "payroll", _clock.GetUtcNow(), result.Read, result.Accepted, result.Rejected, result.Flagged,
                JsonSerializer.Serialize(summary, Json)),
            result.Records);
        if (outcome.AlreadyImported && outcome.Import.Format != "payroll")
            throw new MedSecInputException($"{fileName} : ce fichier a déjà été importé comme {outcome.Import.Format} (import {outcome.Import.Id}).");
        return summary with { ImportId = outcome.Import.Id, AlreadyImported = outcome.AlreadyImported };
    }

    public IReadOnlyList<PayrollImportInfo> Imports()
    {
        if (!File.Exists(DatabasePath)) return [];
        using var store = PayrollStore.Open(DatabasePath);
        return [.. store.Imports().Select(i => new PayrollImportInfo(i.Id, i.FileName, i.ImportedAt, i.Accepted, i.Rejected))];
    }

    public IReadOnlyList<EmployeePay>? Employees(long importId)
    {
        if (!File.Exists(DatabasePath)) return null;
        using var store = PayrollStore.Open(DatabasePath);
        if (store.FindImport(importId) is null) return null;
        return [.. store.Rows(importId).Select(ToEmployee)];
    }

    public bool Delete(long importId)
    {
        if (!File.Exists(DatabasePath)) return false;
        using var store = PayrollStore.Open(DatabasePath);
        return store.Delete(importId);
    }

    /// <summary>The pure rules' view of a payroll row.</summary>
    public static EmployeePay ToEmployee(PayrollRecord r) =>
        new(r.EmployeeId, r.Gender, r.JobTitle, r.Level, r.HireDate, r.Fte, r.BaseMonthlyGross, r.AnnualBonuses);

    private decimal? Smic(DateOnly date)
    {
        try
        {
            return pay.SmicMonthly(date);
        }
        catch (MedSecInputException)
        {
            return null;
        }
    }
}
