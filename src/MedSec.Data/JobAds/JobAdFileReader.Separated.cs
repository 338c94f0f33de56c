using CsvHelper;
using MedSec.Data.Ingestion;

namespace MedSec.Data.JobAds;

public static partial class JobAdFileReader
{
    private static JobAdFile ReadSeparated(string fileName, ReadOnlyMemory<byte> utf8, SourceEncoding encoding)
    {
        var (separator, separatorLine, headerStart) = CsvDialect.Detect(utf8.Span);
        var text = utf8[headerStart..];
        var dialect = new CsvDialect(encoding, separator, CsvDialect.DetectNewLine(text.Span), separatorLine);
        var lineOffset = separatorLine ? 1 : 0;
        CsvMalformedRecord? malformed = null;
        using var csv = CsvReader.Create(text, CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MaxRecordSize = 1 << 22,
            OnMalformedRecord = m => malformed = m,
        });
        string[] header;
        try
        {
            csv.ReadHeader();
            header = [.. csv.Headers.Select(h => h.Trim())];
        }
        catch (CsvFormatException e)
        {
            throw new FileRejectedException(fileName, $"En-tête illisible : {e.Message}");
        }

        var records = new List<JobAdSourceRecord>();
        var unreadable = new List<UnreadableRecord>();
        while (true)
        {
            malformed = null;
            try
            {
                if (!csv.Read()) break;
            }
            catch (CsvFormatException e)
            {
                throw new FileRejectedException(fileName, $"Fichier illisible après l'offre {records.Count + unreadable.Count} : {e.Message}");
            }
            var line = csv.LineNumber + lineOffset;
            if (malformed is { } m && m.Reason != CsvMalformedReason.StrayQuote)
            {
                unreadable.Add(new UnreadableRecord(new Rejection(line, Rejection.WholeRecord, m.Reason == CsvMalformedReason.UnterminatedQuote
                    ? "Un champ entre guillemets n'est jamais refermé : l'enregistrement court jusqu'à la fin du fichier."
                    : "Guillemets mal formés : du texte suit le guillemet fermant d'un champ."), csv.RawRecord.ToArray()));
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
            if (fields.Count == 0) continue;
            records.Add(new JobAdSourceRecord(line, fields, csv.RawRecord.ToArray()));
        }
        var headerLine = FirstLine(text);
        return new JobAdFile(fileName, JobAdLayout.PipeSeparated, dialect, headerLine, records, unreadable);
    }

    private static ReadOnlyMemory<byte> FirstLine(ReadOnlyMemory<byte> text)
    {
        var span = text.Span;
        var inQuotes = false;
        var end = 0;
        for (; end < span.Length; end++)
        {
            var b = span[end];
            if (b == '"') inQuotes = !inQuotes;
            else if (!inQuotes && b is (byte)'\n' or (byte)'\r') break;
        }
        return text[..end];
    }
}
