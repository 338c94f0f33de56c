using MedSec.Data.Ingestion;

namespace MedSec.Data.JobAds;

/// <summary>The offers of one file as read, before interpretation, and how the file was written.</summary>
/// <param name="HeaderLine">The header row of the pipe-separated export (UTF-8), empty for JSON; for a rejects file.</param>
/// <param name="Dialect">Encoding, separator and line break of the input (the separator is meaningless for JSON).</param>
public sealed record JobAdFile(
    string FileName,
    JobAdLayout Layout,
    CsvDialect Dialect,
    ReadOnlyMemory<byte> HeaderLine,
    IReadOnlyList<JobAdSourceRecord> Records,
    IReadOnlyList<UnreadableRecord> Unreadable)
{
    /// <summary>Records made only of empty fields, passed over (not in <see cref="Records"/>): always 0 for JSON.</summary>
    public long BlankRecords { get; init; }
}
