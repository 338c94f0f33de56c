namespace MedSec.Data.Store;

/// <summary>What is known of an import before it is stored (the store gives it an id).</summary>
public sealed record ImportDraft(
    string FileName,
    string Sha256,
    string Format,
    DateTimeOffset ImportedAt,
    long Read,
    long Accepted,
    long Rejected,
    long Flagged,
    string ReportJson);
