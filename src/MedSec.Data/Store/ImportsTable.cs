using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MedSec.Data.Store;

/// <summary>
/// The <c>imports</c> table (provenance of every imported file), shared by the observation store and the payroll store
/// so both record, find and read an import the same way.
/// </summary>
internal static class ImportsTable
{
    private const string Select =
        "SELECT id, file_name, sha256, format, imported_at, read, accepted, rejected, flagged, report_json FROM imports";

    /// <summary>The import of the file with this SHA-256, if one is stored.</summary>
    public static ImportRecord? Find(SqliteConnection connection, string sha256, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"{Select} WHERE sha256 = $sha";
        command.Parameters.AddWithValue("$sha", sha256);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>Every import in id order, or only those of one <paramref name="format"/>.</summary>
    public static IReadOnlyList<ImportRecord> All(SqliteConnection connection, string? format = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = format is null ? $"{Select} ORDER BY id" : $"{Select} WHERE format = $format ORDER BY id";
        if (format is not null) command.Parameters.AddWithValue("$format", format);
        using var reader = command.ExecuteReader();
        var result = new List<ImportRecord>();
        while (reader.Read()) result.Add(Read(reader));
        return result;
    }

    /// <summary>Reads one row selected with <see cref="Select"/>.</summary>
    private static ImportRecord Read(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3),
        DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetString(9));

    /// <summary>
    /// Inserts the import's provenance row inside <paramref name="transaction"/> and returns its id: one above every id
    /// stored or deleted before (StoreSchema's <c>deleted_imports_high</c>), so a number always means one file.
    /// </summary>
    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, ImportDraft import, string format)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO imports (id, file_name, sha256, format, imported_at, read, accepted, rejected, flagged, report_json)
            VALUES (MAX(COALESCE((SELECT MAX(id) FROM imports), 0), COALESCE((SELECT id FROM deleted_imports_high), 0)) + 1,
                $file, $sha, $format, $at, $read, $accepted, $rejected, $flagged, $report) RETURNING id
            """;
        command.Parameters.AddWithValue("$file", import.FileName);
        command.Parameters.AddWithValue("$sha", import.Sha256);
        command.Parameters.AddWithValue("$format", format);
        command.Parameters.AddWithValue("$at", import.ImportedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$read", import.Read);
        command.Parameters.AddWithValue("$accepted", import.Accepted);
        command.Parameters.AddWithValue("$rejected", import.Rejected);
        command.Parameters.AddWithValue("$flagged", import.Flagged);
        command.Parameters.AddWithValue("$report", import.ReportJson);
        return (long)command.ExecuteScalar()!;
    }
}
