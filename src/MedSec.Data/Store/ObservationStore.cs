using System.Globalization;
using MedSec.Data.Ingestion;
using Microsoft.Data.Sqlite;

namespace MedSec.Data.Store;

/// <summary>
/// The local SQLite store (<c>$MEDSEC_HOME/medsec.db</c>): imports with their provenance, and the accepted observations.
/// An import is one transaction: it is stored whole or not at all, and a file (by SHA-256) is stored once.
/// </summary>
public sealed partial class ObservationStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private ObservationStore(SqliteConnection connection) => _connection = connection;

    public string DatabasePath => _connection.DataSource;

    /// <summary>Opens (creating it and its folder if needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreUnavailableException">The folder or the file cannot hold the store (MEDSEC_HOME is a file, the
    /// file is not a SQLite base, no right to write): .NET's and SQLite's own messages are English.</exception>
    public static ObservationStore Open(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        try
        {
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException(path, FolderFailure(directory!, e), e);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, StoreSchema.Create);
            using var version = connection.CreateCommand();
            version.CommandText = "SELECT COUNT(*) FROM schema_version";
            if ((long)version.ExecuteScalar()! == 0)
                Execute(connection, $"INSERT INTO schema_version (version) VALUES ({StoreSchema.Version})");
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreUnavailableException(path, e.SqliteErrorCode == SqliteNotADatabase
                ? "ce fichier n'est pas une base SQLite de MedSec"
                : "SQLite ne peut pas l'ouvrir (droits d'accès, disque plein, ou un dossier porte son nom)", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new ObservationStore(connection);
    }

    /// <summary>SQLITE_NOTADB: the file exists but is not a SQLite database.</summary>
    private const int SqliteNotADatabase = 26;

    /// <summary>Why the store's folder cannot be created: most often MEDSEC_HOME (or a folder above it) is a file.</summary>
    private static string FolderFailure(string directory, Exception e)
    {
        for (var at = directory; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
            if (File.Exists(at)) return $"{at} est un fichier, pas un dossier (MEDSEC_HOME)";
        return e is UnauthorizedAccessException ? $"accès refusé au dossier {directory}" : $"création impossible du dossier {directory}";
    }

    /// <summary>Opens the store at <see cref="StoreLocation.DefaultDatabasePath"/>.</summary>
    public static ObservationStore OpenDefault() => Open(StoreLocation.DefaultDatabasePath());

    /// <summary>The import of the file with this SHA-256 (lower-case hex), or null.</summary>
    public ImportRecord? FindImport(string sha256) => ImportsTable.Find(_connection, sha256, null);

    public IReadOnlyList<ImportRecord> Imports() => ImportsTable.All(_connection);

    public long ObservationCount()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM observations";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Deletes an import and its observations; false when there is no such import.</summary>
    public bool DeleteImport(long id)
    {
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM observations WHERE import_id = $id; DELETE FROM imports WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        var deleted = command.ExecuteNonQuery() > 0;
        transaction.Commit();
        return deleted;
    }

    public void Dispose() => _connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
