using MedSec.Data.Ingestion;

namespace MedSec.Data.Payroll;

/// <summary>
/// What the payroll pipeline made of one file, with the ingestion's accounting: <c>Accepted + Rejected = Read</c>, each
/// rejection with its line, column and reason. When <see cref="FileError"/> is set the whole file was refused.
/// </summary>
public sealed class PayrollIngestResult
{
    public required string FileName { get; init; }

    public string? FileError { get; init; }

    public CsvDialect? Dialect { get; init; }

    public IReadOnlyList<string> Header { get; init; } = [];

    public ReadOnlyMemory<byte> HeaderLine { get; init; }

    public IReadOnlyList<string> UnknownColumns { get; init; } = [];

    public long Read { get; init; }

    public long Accepted => Records.Count;

    public long Rejected => Rejections.Count;

    public long Flagged => Flags.Count;

    public long BlankRecords { get; init; }

    public IReadOnlyList<PayrollRecord> Records { get; init; } = [];

    public IReadOnlyList<Rejection> Rejections { get; init; } = [];

    public IReadOnlyList<FlaggedRecord> Flags { get; init; } = [];

    /// <summary>The rejected records as written (UTF-8, without line break), in the order of <see cref="Rejections"/>.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> RejectedRecords { get; init; } = [];

    public bool IsFileRejected => FileError is not null;

    /// <summary>Writes the rejected records in the input's own format (encoding, separator, header), like the observation rejects.</summary>
    public void WriteRejects(Stream stream) =>
        RejectsWriter.Write(stream, new ObservationIngestResult
        {
            FileName = FileName,
            Dialect = Dialect ?? throw new InvalidOperationException("Le fichier a été refusé en entier : il n'a pas d'enregistrements rejetés."),
            HeaderLine = HeaderLine,
            RejectedRecords = RejectedRecords,
        });
}
