using System.Text;
using System.Text.Json;
using MedSec.Data.Ingestion;

namespace MedSec.Data.JobAds;

/// <summary>
/// Reads France Travail offers in any of their <see cref="JobAdLayout"/>s (UTF-8 with or without BOM, UTF-16 or
/// Windows-1252, as <see cref="InputDecoder"/> detects). Records that cannot be read at all (a broken JSON line, bad
/// quoting) come back in <see cref="JobAdFile.Unreadable"/>; a file that is not offers throws <see cref="FileRejectedException"/>.
/// </summary>
public static partial class JobAdFileReader
{
    /// <summary>The layout of an input (UTF-8 text), or null when it does not look like France Travail offers.</summary>
    public static JobAdLayout? Detect(ReadOnlySpan<byte> utf8)
    {
        var text = Utf8Text.Trim(utf8);
        if (text.IsEmpty) return null;
        if (text[0] is (byte)'{' or (byte)'[') return IsSingleJsonValue(text) ? JobAdLayout.JsonResults : JobAdLayout.JsonLines;
        var end = text.IndexOfAny((byte)'\n', (byte)'\r');
        var header = end < 0 ? text : text[..end];
        return header.IndexOf(Encoding.UTF8.GetBytes(JobAdFields.SalaryText)) >= 0
            || header.IndexOf(Encoding.UTF8.GetBytes(JobAdFields.RomeCode)) >= 0
            ? JobAdLayout.PipeSeparated
            : null;
    }

    /// <summary>True when raw bytes (any encoding <see cref="InputDecoder"/> knows) look like France Travail offers.</summary>
    public static bool Looks(ReadOnlyMemory<byte> content) => Detect(InputDecoder.Decode(content).Utf8.Span) is not null;

    /// <param name="maxRecordBytes">An offer longer than this (as written, in UTF-8 bytes) comes back in <see cref="JobAdFile.Unreadable"/>,
    /// rejected with its line (and, in an export, its longest field's column: <see cref="RecordLimit"/>).</param>
    public static JobAdFile Read(string fileName, ReadOnlyMemory<byte> content, int maxRecordBytes = RecordLimit.DefaultBytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var (utf8, encoding) = CsvInput.Decode(fileName, content);
        var layout = Detect(utf8.Span)
            ?? throw new FileRejectedException(fileName,
                "Ce ne sont pas des offres France Travail : attendu le JSON de l'API ({\"resultats\": […]}), une offre par ligne, " +
                "ou l'export dont l'en-tête a les colonnes salaire.libelle et romeCode.");
        var newLine = CsvDialect.DetectNewLine(utf8.Span);
        return layout switch
        {
            JobAdLayout.PipeSeparated => ReadSeparated(fileName, utf8, encoding, maxRecordBytes),
            JobAdLayout.JsonLines => ReadJsonLines(fileName, utf8, new CsvDialect(encoding, '|', newLine, false), maxRecordBytes),
            _ => ReadJsonResults(fileName, utf8, new CsvDialect(encoding, '|', newLine, false), maxRecordBytes),
        };
    }

    private static bool IsSingleJsonValue(ReadOnlySpan<byte> text)
    {
        var reader = new Utf8JsonReader(text, JsonOptions);
        try
        {
            if (!reader.Read()) return true;
            reader.Skip();
            return Utf8Text.Trim(text[(int)reader.BytesConsumed..]).IsEmpty;
        }
        catch (JsonException)
        {
            // A first value that does not end where the first line ends is one broken document, not JSON Lines.
            var end = text.IndexOf((byte)'\n');
            return end < 0 || !IsCompleteJson(text[..end]);
        }
    }

    private static bool IsCompleteJson(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, JsonOptions);
        try
        {
            reader.Read();
            reader.Skip();
            return Utf8Text.Trim(line[(int)reader.BytesConsumed..]).IsEmpty;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static readonly JsonReaderOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>1 + the line breaks before <paramref name="offset"/>.</summary>
    private static long LineAt(ReadOnlySpan<byte> text, int offset) => 1 + text[..offset].Count((byte)'\n');
}
