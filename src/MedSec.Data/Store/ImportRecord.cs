namespace MedSec.Data.Store;

/// <summary>The provenance of one stored import: which file (by name and SHA-256), when, and what became of its records.</summary>
/// <param name="Format">The format the file was read as (<c>observations</c>).</param>
/// <param name="ReportJson">The import's report (rejections, flags…) as the service wrote it, returned as is on a repeat import.</param>
public sealed record ImportRecord(
    long Id,
    string FileName,
    string Sha256,
    string Format,
    DateTimeOffset ImportedAt,
    long Read,
    long Accepted,
    long Rejected,
    long Flagged,
    string ReportJson);
