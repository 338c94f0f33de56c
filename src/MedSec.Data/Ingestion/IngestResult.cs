namespace MedSec.Data.Ingestion;

/// <summary>
/// What a pipeline made of one file, whatever its rows are (observations, job offers, payroll lines): the dialect, the
/// header, the counts (<c>Accepted + Rejected = Read</c>, always), each rejection with its line, column and reason, the
/// flags, and the raw rejected records for a rejects file. When <see cref="FileError"/> is set the whole file was refused
/// and nothing else is filled.
/// </summary>
public abstract class IngestResult
{
    public required string FileName { get; init; }

    /// <summary>Why the whole file was refused, or null.</summary>
    public string? FileError { get; init; }

    public CsvDialect? Dialect { get; init; }

    public IReadOnlyList<string> Header { get; init; } = [];

    /// <summary>The raw header line (UTF-8, without its line break), for the rejects file.</summary>
    public ReadOnlyMemory<byte> HeaderLine { get; init; }

    public IReadOnlyList<string> UnknownColumns { get; init; } = [];

    public long Read { get; init; }

    public abstract long Accepted { get; }

    public long Rejected => Rejections.Count;

    public long Flagged => Flags.Count;

    /// <summary>Records made only of empty fields, passed over (not counted in <see cref="Read"/>).</summary>
    public long BlankRecords { get; init; }

    public IReadOnlyList<Rejection> Rejections { get; init; } = [];

    public IReadOnlyList<FlaggedRecord> Flags { get; init; } = [];

    /// <summary>The shape of the rejects file (by default a delimited file with the input's header).</summary>
    public RejectsShape RejectsShape { get; init; }

    /// <summary>The rejected records as written (UTF-8, without line break), in the order of <see cref="Rejections"/>.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> RejectedRecords { get; init; } = [];

    public bool IsFileRejected => FileError is not null;
}
