using CsvHelper;

namespace MedSec.Data.Ingestion;

/// <summary>
/// The record-length rule of every import (observations, payroll, job-ad exports and JSON offers; data/README.md): a record longer
/// than the limit as written is rejected with its line and its longest field's column, and the records after it are read.
/// CsvHelper 34 is handed the limit as its MaxRecordSize but does not enforce it, so a record of any size was read and stored.
/// </summary>
internal static class RecordLimit
{
    /// <summary>The default limit, in UTF-8 bytes as written: far above any real record, far below a file swallowed whole.</summary>
    public const int DefaultBytes = 1 << 20;

    /// <summary>The rejection of the current record of <paramref name="csv"/>, known to be longer than <paramref name="limit"/>,
    /// named by its longest field's column among the <paramref name="columns"/> of <paramref name="header"/>.</summary>
    public static Rejection TooLong(CsvReader csv, IReadOnlyList<string> header, int columns, long line, int limit)
    {
        var longest = 0;
        for (var i = 1; i < csv.FieldCount; i++)
            if (csv.GetSpan(i).Length > csv.GetSpan(longest).Length) longest = i;
        var name = longest < columns ? header[longest].Trim() : "";
        return new Rejection(line, name.Length > 0 ? name : Rejection.WholeRecord, Reason(csv.RawRecord.Length, limit, csv.GetSpan(longest).Length));
    }

    /// <summary>Why a record of <paramref name="length"/> bytes is refused, with its longest field's length when it has fields
    /// (a JSON offer is refused whole).</summary>
    public static string Reason(long length, int limit, int? longestField = null) =>
        $"Enregistrement trop long : {IngestText.Count(length)} octets pour une limite de {IngestText.Count(limit)}" +
        (longestField is { } field ? $" ; ce champ en a {IngestText.Count(field)}." : ".");
}
