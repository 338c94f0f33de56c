using System.Globalization;
using MedSec.Data.Store;
using MedSec.Domain.Observations;
using Microsoft.Data.Sqlite;

namespace MedSec.Data.Payroll;

/// <summary>
/// Imported payrolls in the local store (<c>$MEDSEC_HOME/medsec.db</c>): each file is an import of format
/// <c>payroll</c> (with the store's provenance and SHA-256 idempotence) whose rows live in their own table, never in the
/// market observations. An import is stored whole or not at all, and can be deleted.
/// </summary>
public sealed class PayrollStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private PayrollStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens the store at <paramref name="path"/>, creating the store's tables and the payroll table if needed.</summary>
    public static PayrollStore Open(string path)
    {
        // The store's own tables (imports, observations) come from the store, created once by opening it.
        using (ObservationStore.Open(path)) { }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            ForeignKeys = true,
        }.ToString());
        connection.Open();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = PayrollSchema.Create;
            command.ExecuteNonQuery();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new PayrollStore(connection);
    }

    public static PayrollStore OpenDefault() => Open(StoreLocation.DefaultDatabasePath());

    /// <summary>
    /// Stores a payroll import and its rows in one transaction. When a file with the same SHA-256 is already stored (as any
    /// import), nothing is written and that import is returned with <see cref="SaveOutcome.AlreadyImported"/>.
    /// </summary>
    public SaveOutcome Save(ImportDraft import, IReadOnlyList<PayrollRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(rows);
        using var transaction = _connection.BeginTransaction(deferred: false);
        if (ImportsTable.Find(_connection, import.Sha256, transaction) is { } existing) return new SaveOutcome(existing, true);

        var id = ImportsTable.Insert(_connection, transaction, import, PayrollSchema.Format);

        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = PayrollSchema.Insert;
        string[] names = ["$import", "$line", "$id", "$gender", "$title", "$level", "$hired", "$fte", "$base", "$bonuses"];
        var p = names.Select(n => insert.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();
        insert.Prepare();
        p[0].Value = id;
        foreach (var r in rows)
        {
            p[1].Value = r.Line;
            p[2].Value = r.EmployeeId;
            p[3].Value = r.Gender is { } g ? ObservationCodes.Genders.ToCode(g) : DBNull.Value;
            p[4].Value = (object?)r.JobTitle ?? DBNull.Value;
            p[5].Value = (object?)r.Level ?? DBNull.Value;
            p[6].Value = r.HireDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            p[7].Value = Text(r.Fte);
            p[8].Value = Text(r.BaseMonthlyGross);
            p[9].Value = Text(r.AnnualBonuses);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return new SaveOutcome(new ImportRecord(id, import.FileName, import.Sha256, PayrollSchema.Format, import.ImportedAt, import.Read,
            import.Accepted, import.Rejected, import.Flagged, import.ReportJson), false);
    }

    /// <summary>The payroll imports, oldest first.</summary>
    public IReadOnlyList<ImportRecord> Imports() => ImportsTable.All(_connection, PayrollSchema.Format);

    /// <summary>The payroll import of that id, or null (also for an import of another format).</summary>
    public ImportRecord? FindImport(long importId) => Imports().FirstOrDefault(i => i.Id == importId);

    /// <summary>The import of the file with this SHA-256 (of any format), or null.</summary>
    public ImportRecord? FindImport(string sha256) => ImportsTable.Find(_connection, sha256, null);

    /// <summary>The rows of a payroll import, in file order (empty when there is no such payroll import).</summary>
    public IReadOnlyList<PayrollRecord> Rows(long importId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = PayrollSchema.Select;
        command.Parameters.AddWithValue("$import", importId);
        using var r = command.ExecuteReader();
        var rows = new List<PayrollRecord>();
        while (r.Read())
            rows.Add(new PayrollRecord(
                r.GetInt64(0), r.GetString(1),
                r.IsDBNull(2) ? null : ObservationCodes.Genders.TryParse(r.GetString(2), out var g) ? g : null,
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(r.GetString(6)), Number(r.GetString(7)), Number(r.GetString(8))));
        return rows;
    }

    /// <summary>All payroll rows of all imports (for the row count shown before a deletion).</summary>
    public long RowCount()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM payroll_rows";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Deletes a payroll import and all its rows; false when there is no payroll import with that id (an import of market
    /// observations is never deleted here).
    /// </summary>
    public bool Delete(long importId)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM payroll_rows WHERE import_id = (SELECT id FROM imports WHERE id = $id AND format = $format);
            DELETE FROM imports WHERE id = $id AND format = $format;
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$id", importId);
        command.Parameters.AddWithValue("$format", PayrollSchema.Format);
        var deleted = (long)command.ExecuteScalar()! > 0;
        transaction.Commit();
        return deleted;
    }

    public void Dispose() => _connection.Dispose();


    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
