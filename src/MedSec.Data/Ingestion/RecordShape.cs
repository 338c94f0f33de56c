using CsvHelper;

namespace MedSec.Data.Ingestion;

/// <summary>
/// The field-count rule of every delimited import (data/README.md, record-level rejections): a record with fewer fields
/// than the header, or with more unless the extra ones are empty (trailing separators of a spreadsheet export), is refused.
/// Read anyway, an unquoted decimal comma in a comma-separated file would shift every column after it.
/// </summary>
internal static class RecordShape
{
    /// <summary>The rejection of the current record of <paramref name="csv"/> when its field count does not fit the
    /// <paramref name="columns"/> of <paramref name="header"/> (<see cref="Columns"/>, counted once per file), else null:
    /// a short record names the first column it lacks, a long one the whole record.</summary>
    public static Rejection? Check(CsvReader csv, IReadOnlyList<string> header, int columns, long line)
    {
        var count = csv.FieldCount;
        if (count < columns)
        {
            var name = header[count].Trim();
            return new Rejection(line, name.Length > 0 ? name : Rejection.WholeRecord, Reason(count, columns));
        }
        for (var i = columns; i < count; i++)
            if (!Utf8Text.Trim(csv.GetSpan(i)).IsEmpty)
                return new Rejection(line, Rejection.WholeRecord, Reason(count, columns));
        return null;
    }

    /// <summary>
    /// The header's columns: its fields up to the last named one. Empty names after it come from trailing separators and
    /// are not columns (data/README.md), so a record may stop before them, and a value under them is an extra field: a
    /// record without the header's trailing separators was refused ("4 champs, l'en-tête en a 6"), and a value written
    /// there was dropped without a word.
    /// </summary>
    public static int Columns(IReadOnlyList<string> header)
    {
        var columns = header.Count;
        while (columns > 0 && string.IsNullOrWhiteSpace(header[columns - 1])) columns--;
        return columns;
    }

    private static string Reason(int count, int headerCount) => $"L'enregistrement a {count} champs, l'en-tête en a {headerCount}.";
}
