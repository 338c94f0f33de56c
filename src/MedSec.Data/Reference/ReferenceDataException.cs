namespace MedSec.Data.Reference;

/// <summary>
/// A reference table that cannot be read: missing directory or file, malformed CSV, or a value that does not parse.
/// The message names the file, the line (header = 1) and the column when they are known,
/// e.g. <c>smic.csv line 4, column hourly_eur: '12,0x' is not a number</c>.
/// </summary>
public sealed class ReferenceDataException(
    string message,
    string? fileName = null,
    long? line = null,
    string? column = null,
    Exception? inner = null) : Exception(message, inner)
{
    public string? FileName { get; } = fileName;

    /// <summary>Physical line where the faulty record starts (header = 1).</summary>
    public long? Line { get; } = line;

    /// <summary>Header name of the faulty column.</summary>
    public string? Column { get; } = column;
}
