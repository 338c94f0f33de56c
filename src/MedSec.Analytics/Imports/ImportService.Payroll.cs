using System.Text.Json;
using MedSec.Data.Ingestion;
using MedSec.Data.Payroll;
using MedSec.Data.Store;
using MedSec.Domain;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Imports;

/// <summary>
/// Payroll imports: personal data, read by the payroll pipeline and stored in their own table of the same store (with the
/// same provenance and SHA-256 idempotence), never among the market observations.
/// </summary>
public sealed partial class ImportService
{
    private ImportReport ImportPayroll(string fileName, ReadOnlyMemory<byte> content, string sha256, ImportOptions options)
    {
        var result = RunPayroll(fileName, content);
        var at = _clock.GetUtcNow();
        var report = Report(fileName, ImportFormats.Codes.ToCode(ImportFormat.Payroll), sha256, result, at, referenceP90: null);
        var written = WriteRejects(report, result, options);
        using var store = PayrollStore.Open(_databasePath);
        var outcome = store.Save(new ImportDraft(fileName, sha256, report.Format, at, report.Read, report.Accepted, report.Rejected,
            report.Flagged, JsonSerializer.Serialize(report, Json)), result.Records);
        if (outcome.AlreadyImported) return Repeat(outcome.Import, fileName, content, options);
        return written with { ImportId = outcome.Import.Id };
    }

    private PayrollIngestResult RunPayroll(string fileName, ReadOnlyMemory<byte> content)
    {
        var result = PayrollPipeline.Run(fileName, content, new PayrollPipelineOptions(Today, SmicOrNull, pay.HighestAgreementMinimum));
        if (result.FileError is { } error) throw new MedSecInputException($"{fileName} : {error}");
        return NotEmpty(fileName, result);
    }

    /// <summary>
    /// The métropole's SMIC: a payroll file has no région or département column (data/README.md), so a Mayotte
    /// employer's file is checked against the higher métropole SMIC; the grid page, which knows the région, places its
    /// staff against Mayotte's.
    /// </summary>
    private decimal? SmicOrNull(decimal weeklyHours, DateOnly date)
    {
        try
        {
            return pay.SmicForHours(weeklyHours, date, SmicTerritory.Metropole);
        }
        catch (MedSecInputException)
        {
            return null;
        }
    }
}
