using MedSec.Data.Ingestion;

namespace MedSec.Data.Payroll;

/// <summary>What the payroll pipeline made of one file: the ingestion's accounting, and the accepted payroll lines.</summary>
public sealed class PayrollIngestResult : IngestResult
{
    public override long Accepted => Records.Count;

    public IReadOnlyList<PayrollRecord> Records { get; init; } = [];
}
