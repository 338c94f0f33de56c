using System.Globalization;
using System.Text.Json;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using Microsoft.Data.Sqlite;

namespace MedSec.Data.Store;

/// <summary>Storing an import: one immediate transaction, rolled back on any failure.</summary>
public sealed partial class ObservationStore
{
    /// <summary>
    /// Stores an import and its accepted observations in one transaction. When a file with the same SHA-256 is already
    /// stored, nothing is written and the stored import is returned. <paramref name="afterRow"/> is called after each
    /// row is written (progress); if it throws, the transaction is rolled back and nothing is stored.
    /// </summary>
    public SaveOutcome Save(ImportDraft import, ObservationColumns rows, Action<long>? afterRow = null)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        if (ImportsTable.Find(_connection, import.Sha256, transaction) is { } existing) return new SaveOutcome(existing, true);

        var id = ImportsTable.Insert(_connection, transaction, import, import.Format);

        InsertRows(transaction, id, rows, afterRow);
        transaction.Commit();
        var stored = new ImportRecord(id, import.FileName, import.Sha256, import.Format, import.ImportedAt, import.Read,
            import.Accepted, import.Rejected, import.Flagged, import.ReportJson);
        return new SaveOutcome(stored, false);
    }

    private void InsertRows(SqliteTransaction transaction, long importId, ObservationColumns c, Action<long>? afterRow)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StoreSchema.InsertObservation;
        string[] names =
        [
            "$import", "$line", "$date", "$source", "$sector", "$employer", "$size", "$region", "$departement", "$experience",
            "$specialty", "$title", "$grade", "$echelon", "$contract", "$hours", "$amount", "$basis", "$months", "$kind",
            "$gender", "$synthetic", "$gross", "$converted", "$flags", "$reason", "$extra",
        ];
        var p = names.Select(n => command.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();
        command.Prepare();
        p[0].Value = importId;
        var extras = Enumerable.Range(0, c.ExtraNames.Count).ToArray();
        for (var i = 0; i < c.Count; i++)
        {
            p[1].Value = c.Line[i];
            p[2].Value = c.Date[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[3].Value = c.Source[i];
            p[4].Value = CodeBook.Sectors.ToCode((Sector)c.Sector[i]);
            p[5].Value = Optional(c.Employer[i], v => CodeBook.Employers.ToCode((EmployerType)v));
            p[6].Value = Optional(c.Size[i], v => CodeBook.Sizes.ToCode((SizeBand)v));
            p[7].Value = RegionIndex.Codes[c.Region[i]];
            p[8].Value = (object?)c.Departement[i] ?? DBNull.Value;
            p[9].Value = Number(c.ExperienceAt(i));
            p[10].Value = Optional(c.Specialty[i], v => CodeBook.Specialties.ToCode((Specialty)v));
            p[11].Value = (object?)c.JobTitle[i] ?? DBNull.Value;
            p[12].Value = Optional(c.Grade[i], v => CodeBook.Grades.ToCode((GradeCode)v));
            p[13].Value = c.Echelon[i] == 0 ? DBNull.Value : c.Echelon[i];
            p[14].Value = Optional(c.Contract[i], v => CodeBook.Contracts.ToCode((ContractType)v));
            p[15].Value = Number(c.WeeklyHoursAt(i));
            p[16].Value = Number(c.PayAmount[i]);
            p[17].Value = ObservationCodes.Bases.ToCode((PayBasis)c.PayBasis[i]);
            p[18].Value = Number(c.MonthsPaid[i]);
            p[19].Value = ObservationCodes.Kinds.ToCode((PayKind)c.PayKind[i]);
            p[20].Value = Optional(c.Gender[i], v => ObservationCodes.Genders.ToCode((Gender)v));
            p[21].Value = c.Synthetic[i] ? 1 : 0;
            p[22].Value = c.GrossCents[i];
            p[23].Value = c.ConvertedFromNet[i] ? 1 : 0;
            p[24].Value = ObservationCodes.Flags.ToCode((ObservationFlags)c.Flags[i]);
            p[25].Value = (object?)c.FlagReason[i] ?? DBNull.Value;
            p[26].Value = Extra(c, extras, i);
            command.ExecuteNonQuery();
            afterRow?.Invoke(i + 1);
        }
    }

    private static object Optional(byte code, Func<int, string> toCode) => code == 0 ? DBNull.Value : toCode(code - 1);

    private static object Number(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : DBNull.Value;

    private static object Extra(ObservationColumns c, int[] extras, int row)
    {
        if (extras.Length == 0) return DBNull.Value;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in extras)
            if (c.Extra(e)[row] is { } value) values[c.ExtraNames[e]] = value;
        return values.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(values);
    }
}
