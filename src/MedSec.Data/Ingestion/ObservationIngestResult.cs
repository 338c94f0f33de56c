namespace MedSec.Data.Ingestion;

/// <summary>
/// What the pipeline made of one input: counts (<c>Accepted + Rejected = Read</c>, always), the accepted observations,
/// each rejection with its line, column and reason, the flags, and the raw rejected records for a rejects file.
/// When <see cref="FileError"/> is set the whole file was refused and nothing else is filled.
/// </summary>
public sealed class ObservationIngestResult
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

    public long Accepted => Observations.Count;

    public long Rejected => Rejections.Count;

    public long Flagged => Flags.Count;

    /// <summary>Records made only of empty fields, passed over (not counted in <see cref="Read"/>).</summary>
    public long BlankRecords { get; init; }

    public IReadOnlyList<Rejection> Rejections { get; init; } = [];

    public IReadOnlyList<FlaggedRecord> Flags { get; init; } = [];

    /// <summary>The rejected records as written (UTF-8, without line break), in the order of <see cref="Rejections"/>.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> RejectedRecords { get; init; } = [];

    public ObservationColumns Observations { get; init; } = new();

    /// <summary>The P90 the absurd flag was measured against, or null when none was available.</summary>
    public decimal? ReferenceP90 { get; init; }

    public bool IsFileRejected => FileError is not null;
}
