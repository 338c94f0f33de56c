using System.Globalization;
using CsvHelper;
using MedSec.Domain.Codes;

namespace MedSec.Data.Reference;

/// <summary>
/// The current record of a reference file, read by header name. Every accessor throws a
/// <see cref="ReferenceDataException"/> naming file, line and column when the value is missing or malformed.
/// </summary>
internal sealed class ReferenceRow(CsvReader reader, string fileName)
{
    /// <summary>The statuses of SOURCES.md: transcribed from a text, computed from sourced figures, or dated by inference.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["sourced", "derived", "inferred"];

    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;

    public string FileName { get; } = fileName;

    public long Line => reader.LineNumber;

    public string Text(string column) =>
        OptionalText(column) ?? throw Fail(column, "a value is required");

    public string? OptionalText(string column)
    {
        var value = reader.GetString(Index(column));
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public decimal Decimal(string column) =>
        OptionalDecimal(column) ?? throw Fail(column, "a number is required");

    public decimal? OptionalDecimal(string column)
    {
        var raw = OptionalText(column);
        if (raw is null) return null;
        return decimal.TryParse(raw, DecimalStyle, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail(column, $"'{raw}' is not a number");
    }

    public int Int(string column) =>
        OptionalInt(column) ?? throw Fail(column, "a whole number is required");

    public int? OptionalInt(string column)
    {
        var raw = OptionalText(column);
        if (raw is null) return null;
        return int.TryParse(raw, IntegerStyle, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail(column, $"'{raw}' is not a whole number");
    }

    public DateOnly Date(string column) =>
        OptionalDate(column) ?? throw Fail(column, "a date is required");

    public DateOnly? OptionalDate(string column)
    {
        var raw = OptionalText(column);
        if (raw is null) return null;
        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Fail(column, $"'{raw}' is not an ISO date (yyyy-mm-dd)");
    }

    public T Code<T>(string column, CodeMap<T> codes) where T : struct, Enum
    {
        var raw = Text(column);
        return codes.TryParse(raw, out var value)
            ? value
            : throw Fail(column, $"'{raw}' is not a known code (expected one of {string.Join(", ", codes.AllCodes)})");
    }

    public string OneOf(string column, IReadOnlyList<string> allowed)
    {
        var raw = Text(column);
        return allowed.Contains(raw, StringComparer.Ordinal)
            ? raw
            : throw Fail(column, $"'{raw}' is not one of {string.Join(", ", allowed)}");
    }

    public string Status() => OneOf("status", Statuses);

    /// <summary>valid_from and valid_to (empty = still in force); valid_to may not come before valid_from.</summary>
    public (DateOnly From, DateOnly? To) Validity()
    {
        var from = Date("valid_from");
        var to = OptionalDate("valid_to");
        if (to < from) throw Fail("valid_to", $"'{to:yyyy-MM-dd}' is before valid_from {from:yyyy-MM-dd}");
        return (from, to);
    }

    public ReferenceDataException Fail(string column, string reason) =>
        new($"{FileName} line {Line}, column {column}: {reason}", FileName, Line, column);

    private int Index(string column) =>
        reader.TryGetFieldIndex(column, out var index)
            ? index
            : throw new ReferenceDataException($"{FileName} line 1, column {column}: missing from the header", FileName, 1, column);
}
