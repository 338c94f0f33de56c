using System.Globalization;
using System.Text;

namespace MedSec.Data.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as a CSV that LibreOffice and Excel open cleanly in a French locale: UTF-8 with a
/// byte-order mark, <c>;</c> separator, CRLF, decimal commas and no thousands separator (1823,03), ISO dates, fields
/// quoted when they hold <c>;</c>, a quote or a line break. Text that a spreadsheet would take for a formula
/// (starting with <c>=</c> <c>+</c> <c>-</c> <c>@</c>, a tab or a carriage return) is prefixed with an apostrophe.
/// The notes follow the rows after an empty line, one per line.
/// </summary>
public static class CsvExport
{
    public const char Separator = ';';

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void Write(Stream stream, ExportTable table)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(Separator, table.Columns.Select(c => Quote(Guard(c.Header)))));
        foreach (var row in table.Rows)
        {
            if (row.Count != table.Columns.Count) throw new ArgumentException($"A row of {table.Name} has {row.Count} values for {table.Columns.Count} columns.", nameof(table));
            writer.WriteLine(string.Join(Separator, table.Columns.Select((c, i) => Field(c.Kind, row[i]))));
        }
        if (table.Notes.Count == 0) return;
        writer.WriteLine();
        foreach (var note in table.Notes) writer.WriteLine(Quote(Guard(note)));
    }

    public static byte[] ToBytes(ExportTable table)
    {
        using var stream = new MemoryStream();
        Write(stream, table);
        return stream.ToArray();
    }

    /// <summary>One value as written in the file (quoted when needed).</summary>
    public static string Field(ExportKind kind, object? value) => value switch
    {
        null => "",
        bool b => b ? "oui" : "non",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => Number(kind, m),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        string s => Quote(Guard(s)),
        _ => throw new ArgumentException($"Unsupported export value {value.GetType().Name}.", nameof(value)),
    };

    private static string Number(ExportKind kind, decimal value) => kind switch
    {
        ExportKind.Money or ExportKind.Percent => value.ToString("0.00", French),
        ExportKind.Ratio => value.ToString("0.000", French),
        ExportKind.Integer => value.ToString("0", French),
        _ => value.ToString(French),
    };

    private static string Guard(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
