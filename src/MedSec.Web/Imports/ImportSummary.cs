using MedSec.Data.Store;

namespace MedSec.Web.Imports;

/// <summary>One stored import and its provenance, as the list of imports shows it (the report itself is fetched by id).</summary>
public sealed record ImportSummary(
    long Id,
    string FileName,
    string Sha256,
    string Format,
    DateTimeOffset ImportedAt,
    long Read,
    long Accepted,
    long Rejected,
    long Flagged)
{
    public static ImportSummary From(ImportRecord record) => new(
        record.Id, record.FileName, record.Sha256, record.Format, record.ImportedAt,
        record.Read, record.Accepted, record.Rejected, record.Flagged);
}
