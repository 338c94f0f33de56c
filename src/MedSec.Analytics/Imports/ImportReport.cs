using MedSec.Data.Ingestion;

namespace MedSec.Analytics.Imports;

/// <summary>
/// The outcome of one import, with the fields of DESIGN.md's <c>ingest</c> contract: <c>Accepted + Rejected = Read</c>
/// (flagged rows count as accepted); each rejection names the physical line where its record starts (header = 1), the
/// column (header name) and the reason. A repeat import of the same file (SHA-256) stores nothing and says
/// <see cref="AlreadyImported"/> with the same counts.
/// </summary>
/// <param name="File">The file name as given.</param>
/// <param name="Format">The format it was read as: <c>observations</c>.</param>
/// <param name="Read">Data records (header excluded; a quoted multi-line field stays one record; blank records not counted).</param>
/// <param name="Encoding"><c>utf-8</c>, <c>utf-8-bom</c>, <c>windows-1252</c>, <c>utf-16le</c> or <c>utf-16be</c>.</param>
/// <param name="Separator">The field separator of a delimited file (<c>;</c>, <c>,</c>, a tab or <c>|</c>); null for JSON offers, which have none.</param>
/// <param name="ReferenceP90">The full-time monthly gross P90 "absurd" was measured against (null: not checked).</param>
public sealed record ImportReport(
    string File,
    string Format,
    long Read,
    long Accepted,
    long Rejected,
    long Flagged,
    bool AlreadyImported,
    IReadOnlyList<Rejection> Rejections,
    IReadOnlyList<FlaggedRecord> Flags,
    long ImportId,
    string Sha256,
    DateTimeOffset ImportedAt,
    string Encoding,
    string? Separator,
    IReadOnlyList<string> UnknownColumns,
    long BlankRecords,
    decimal? ReferenceP90,
    string? RejectsFile);
