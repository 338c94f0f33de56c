using CsvHelper;
using MedSec.Data.Ingestion;

namespace MedSec.Data.JobAds;

public static partial class JobAdFileReader
{
    private static JobAdFile ReadSeparated(string fileName, ReadOnlyMemory<byte> utf8, SourceEncoding encoding, int maxRecordBytes)
    {
        var (text, dialect, _) = CsvInput.Locate(utf8, encoding);
        var lineOffset = dialect.LinesBeforeHeader;
        CsvMalformedRecord? malformed = null;
        using var csv = CsvReader.Create(text, CsvInput.Options(dialect.Separator, hasHeader: true, maxRecordBytes, m => malformed = m));
        string[] header;
        try
        {
            csv.ReadHeader();
            header = [.. csv.Headers.Select(h => h.Trim())];
        }
        catch (CsvFormatException e)
        {
            throw new FileRejectedException(fileName, CsvFailure.Header(e, lineOffset));
        }

        var records = new List<JobAdSourceRecord>();
        var unreadable = new List<UnreadableRecord>();
        long blank = 0;
        while (true)
        {
            malformed = null;
            try
            {
                if (!csv.Read()) break;
            }
            catch (CsvFormatException e)
            {
                throw new FileRejectedException(fileName, CsvFailure.Record(e, lineOffset, records.Count + unreadable.Count, "l'offre"));
            }
            var line = csv.LineNumber + lineOffset;
            if (malformed is { } m && BrokenQuoting.Reason(fileName, m, csv.RawRecord, dialect.Separator, line) is { } broken)
            {
                unreadable.Add(new UnreadableRecord(new Rejection(line, Rejection.WholeRecord, broken), csv.RawRecord.ToArray()));
                continue;
            }
            // "||||" at the end of an export, ";;;;" after Excel saved it again: counted apart, as in observation files.
            if (IsBlank(csv))
            {
                blank++;
                continue;
            }
            if (csv.RawRecord.Length > maxRecordBytes)
            {
                unreadable.Add(new UnreadableRecord(RecordLimit.TooLong(csv, header, header.Length, line, maxRecordBytes), csv.RawRecord.ToArray()));
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var count = Math.Min(csv.FieldCount, header.Length);
            for (var i = 0; i < count; i++)
            {
                if (header[i].Length == 0) continue;
                var value = csv.GetString(i);
                if (!string.IsNullOrWhiteSpace(value)) fields[header[i]] = value;
            }
            records.Add(new JobAdSourceRecord(line, fields, csv.RawRecord.ToArray()));
        }
        return new JobAdFile(fileName, JobAdLayout.PipeSeparated, dialect, CsvInput.FirstLine(text), records, unreadable) { BlankRecords = blank };
    }

    /// <summary>Every field empty or spaces, named columns or not (a value beyond the header makes a record to reject).</summary>
    private static bool IsBlank(CsvReader csv)
    {
        for (var i = 0; i < csv.FieldCount; i++)
            if (!string.IsNullOrWhiteSpace(csv.GetString(i))) return false;
        return true;
    }
}
