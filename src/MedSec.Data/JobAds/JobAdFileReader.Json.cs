using System.Text.Encodings.Web;
using System.Text.Json;
using MedSec.Data.Ingestion;

namespace MedSec.Data.JobAds;

public static partial class JobAdFileReader
{
    private static JobAdFile ReadJsonResults(string fileName, ReadOnlyMemory<byte> utf8, CsvDialect dialect, int maxRecordBytes)
    {
        var spans = new List<(int Start, int End)>();
        try
        {
            FindOffers(utf8.Span, spans);
        }
        catch (JsonException e)
        {
            throw new FileRejectedException(fileName, "JSON " + JsonErrorText.Unreadable(utf8.Span, 0, e));
        }
        var records = new List<JobAdSourceRecord>(spans.Count);
        var unreadable = new List<UnreadableRecord>();
        var text = utf8.Span;
        foreach (var (start, end) in spans)
        {
            var raw = utf8[start..end];
            var line = LineAt(text, start);
            if (end - start > maxRecordBytes) unreadable.Add(TooLong(line, raw, maxRecordBytes));
            else if (TryFlatten(utf8, start, end, out var fields, out var error)) records.Add(new JobAdSourceRecord(line, fields, Compact(raw)));
            else unreadable.Add(new UnreadableRecord(new Rejection(line, Rejection.WholeRecord, error), raw));
        }
        return new JobAdFile(fileName, JobAdLayout.JsonResults, dialect, ReadOnlyMemory<byte>.Empty, records, unreadable);
    }

    /// <summary>The byte spans of the offers: the items of <c>resultats</c>, of a bare array, or the one object.</summary>
    private static void FindOffers(ReadOnlySpan<byte> text, List<(int Start, int End)> spans)
    {
        var reader = new Utf8JsonReader(text, JsonOptions);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            ReadItems(ref reader, spans);
            return;
        }
        var start = (int)reader.TokenStartIndex;
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isResults = reader.ValueTextEquals("resultats"u8);
            reader.Read();
            if (isResults && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadItems(ref reader, spans);
                found = true;
            }
            else reader.Skip();
        }
        // No "resultats": the file is a single offer (TryFlatten says so when it is not an object).
        if (!found) spans.Add((start, (int)reader.BytesConsumed));
    }

    private static void ReadItems(ref Utf8JsonReader reader, List<(int Start, int End)> spans)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            spans.Add((start, (int)reader.BytesConsumed));
        }
    }

    private static JobAdFile ReadJsonLines(string fileName, ReadOnlyMemory<byte> utf8, CsvDialect dialect, int maxRecordBytes)
    {
        var records = new List<JobAdSourceRecord>();
        var unreadable = new List<UnreadableRecord>();
        var text = utf8.Span;
        var start = 0;
        for (long line = 1; start < text.Length; line++)
        {
            var length = text[start..].IndexOf((byte)'\n');
            var end = length < 0 ? text.Length : start + length;
            var raw = TrimCr(utf8[start..end]);
            if (!Utf8Text.Trim(raw.Span).IsEmpty)
            {
                if (raw.Length > maxRecordBytes) unreadable.Add(TooLong(line, raw, maxRecordBytes));
                else if (TryFlatten(utf8, start, end, out var fields, out var error)) records.Add(new JobAdSourceRecord(line, fields, raw));
                else unreadable.Add(new UnreadableRecord(new Rejection(line, Rejection.WholeRecord, error), raw));
            }
            start = end + 1;
        }
        if (records.Count == 0 && unreadable.Count > 0)
            throw new FileRejectedException(fileName, $"Aucune ligne n'est une offre JSON ({unreadable[0].Rejection.Reason})");
        return new JobAdFile(fileName, JobAdLayout.JsonLines, dialect, ReadOnlyMemory<byte>.Empty, records, unreadable);
    }

    /// <summary>An offer on one line (so that a rejects file of JSON offers is JSON Lines), its text as written: the
    /// writer's default encoder wrote every accent and apostrophe as an escape ("Secr\u00E9taire", "l\u0027accueil"),
    /// which the user fixing the rejects in an editor had to read through. The file is no web page; only what JSON
    /// requires is escaped.</summary>
    private static byte[] Compact(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json, DocumentOptions);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions)) document.WriteTo(writer);
        return buffer.ToArray();
    }

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An offer longer than the limit, refused whole (<see cref="RecordLimit"/>, as a delimited record is).</summary>
    private static UnreadableRecord TooLong(long line, ReadOnlyMemory<byte> raw, int maxRecordBytes) =>
        new(new Rejection(line, Rejection.WholeRecord, RecordLimit.Reason(raw.Length, maxRecordBytes)), raw);

    private static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> raw) =>
        raw.Span.EndsWith("\r"u8) ? raw[..^1] : raw;

    /// <summary>
    /// The fields of the offer object between <paramref name="start"/> and <paramref name="end"/> of the input, nested
    /// objects flattened to dotted names, arrays kept as JSON text; or why it is not one (its place in the whole input).
    /// </summary>
    private static bool TryFlatten(ReadOnlyMemory<byte> utf8, int start, int end, out Dictionary<string, string> fields, out string error)
    {
        fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(utf8[start..end], DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"Une offre est un objet JSON, pas {JsonErrorText.Kind(document.RootElement.ValueKind)}.";
                return false;
            }
            Flatten(document.RootElement, "", fields);
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            error = $"Pas une offre JSON : {JsonErrorText.Unreadable(utf8.Span, start, e)}";
            return false;
        }
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> fields)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object: Flatten(value, name + ".", fields); break;
                case JsonValueKind.String: fields[name] = value.GetString()!; break;
                case JsonValueKind.Null or JsonValueKind.Undefined: break;
                default: fields[name] = value.GetRawText(); break;
            }
        }
    }
}
