using System.Globalization;
using CsvHelper;

namespace MedSec.Data.Reference;

/// <summary>Reads one reference table with CsvHelper's low-level reader and maps each record through a <see cref="ReferenceRow"/>.</summary>
internal static class ReferenceCsv
{
    /// <summary>For the files we ship (reference tables, sample histories): comma, invariant numbers, strict quoting and field
    /// counts, so any slip is reported, not guessed around.</summary>
    public static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static IReadOnlyList<T> ReadAll<T>(string directory, string fileName, Func<ReferenceRow, T> map)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
            throw new ReferenceDataException($"{fileName}: file not found in the reference data directory {directory}", fileName);

        var rows = new List<T>();
        try
        {
            using var reader = CsvReader.FromFile(path, Options);
            var row = new ReferenceRow(reader, fileName);
            while (reader.Read()) rows.Add(map(row));
        }
        catch (CsvFormatException e)
        {
            long? line = e.LineNumber > 0 ? e.LineNumber : null;
            throw new ReferenceDataException($"{fileName}: {e.Message}", fileName, line, null, e);
        }

        if (rows.Count == 0) throw new ReferenceDataException($"{fileName}: the table has no data rows", fileName);
        return rows;
    }
}
