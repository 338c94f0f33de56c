using CsvHelper;

namespace MedSec.Data.Tests.Reference;

/// <summary>
/// Reads a CSV as plain strings by header name, without the loader, so tests can check the files themselves
/// (and compare with what the loader returns).
/// </summary>
internal static class RawCsv
{
    public static IReadOnlyList<string> Header(string path)
    {
        using var reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        reader.ReadHeader();
        return [.. reader.Headers];
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string path)
    {
        using var reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.Headers.Count; i++) row[reader.Headers[i]] = reader.GetString(i);
            rows.Add(row);
        }
        return rows;
    }
}
