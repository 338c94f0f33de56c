using System.Globalization;
using System.Text.Json;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using Microsoft.Data.Sqlite;

namespace MedSec.Data.Store;

/// <summary>Reading the stored market observations back as columns (for the DataFrame layer).</summary>
public sealed partial class ObservationStore
{
    /// <summary>All stored observations (of every import, or of one), in import then line order.</summary>
    public ObservationColumns LoadObservations(long? importId = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = StoreSchema.SelectObservations +
            (importId is null ? " ORDER BY import_id, line" : " WHERE import_id = $id ORDER BY line");
        if (importId is { } id) command.Parameters.AddWithValue("$id", id);
        using var r = command.ExecuteReader();
        var rows = new List<NormalisedObservation>();
        while (r.Read()) rows.Add(ReadRow(r));
        return ObservationColumns.From(rows);
    }

    /// <summary>The full-time monthly gross, in cents, of the stored observations not flagged absurd.</summary>
    public long[] GrossCents()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT monthly_gross_cents FROM observations WHERE flags NOT LIKE '%absurd%'";
        using var r = command.ExecuteReader();
        var cents = new List<long>();
        while (r.Read()) cents.Add(r.GetInt64(0));
        return [.. cents];
    }

    private static NormalisedObservation ReadRow(SqliteDataReader r)
    {
        var observation = new Observation(
            DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.GetString(2),
            Code(CodeBook.Sectors, r.GetString(3)),
            OptionalCode(CodeBook.Employers, r, 4),
            OptionalCode(CodeBook.Sizes, r, 5),
            new Region(r.GetString(6)),
            r.IsDBNull(7) ? null : r.GetString(7),
            OptionalNumber(r, 8),
            OptionalCode(CodeBook.Specialties, r, 9),
            r.IsDBNull(10) ? null : r.GetString(10),
            OptionalCode(CodeBook.Grades, r, 11),
            r.IsDBNull(12) ? null : r.GetInt32(12),
            OptionalCode(CodeBook.Contracts, r, 13),
            OptionalNumber(r, 14),
            Number(r.GetString(15)),
            Code(ObservationCodes.Bases, r.GetString(16)),
            Number(r.GetString(17)),
            Code(ObservationCodes.Kinds, r.GetString(18)),
            OptionalCode(ObservationCodes.Genders, r, 19),
            r.GetInt64(20) != 0);
        var extra = r.IsDBNull(25)
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(25))!;
        return new NormalisedObservation(observation, r.GetInt64(0), r.GetInt64(21) / 100m, r.GetInt64(22) != 0,
            Flags(r.GetString(23)), r.IsDBNull(24) ? null : r.GetString(24), extra);
    }

    private static ObservationFlags Flags(string code) =>
        ObservationCodes.TryParseFlags(code, out var flags) ? flags : throw new InvalidDataException($"The store holds unknown flags '{code}'.");

    private static T Code<T>(CodeMap<T> map, string code) where T : struct, Enum =>
        map.TryParse(code, out var value) ? value : throw new InvalidDataException($"The store holds an unknown code '{code}'.");

    private static T? OptionalCode<T>(CodeMap<T> map, SqliteDataReader r, int column) where T : struct, Enum =>
        r.IsDBNull(column) ? null : Code(map, r.GetString(column));

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static decimal? OptionalNumber(SqliteDataReader r, int column) => r.IsDBNull(column) ? null : Number(r.GetString(column));
}
