using CsvHelper;

namespace MedSec.Data.Ingestion;

/// <summary>
/// What the observation, payroll and job-ad readers share about a delimited file as offices write it: where the header
/// starts and how the file is written, CsvHelper's settings (broken quoting reported per record, see
/// <see cref="BrokenQuoting"/>), and the raw header line for the rejects file.
/// </summary>
internal static class CsvInput
{
    /// <summary>Decodes raw bytes (scanned with up to <paramref name="degree"/> threads) and locates the header: the text
    /// from the header line on, its dialect, and the scan's parts of that text. An empty file, one with nothing but
    /// blanks, or a spreadsheet, PDF, archive… (<see cref="BinaryInput"/>) is refused as a whole.</summary>
    public static (ReadOnlyMemory<byte> Text, CsvDialect Dialect, TextPart[] Parts) Open(string fileName, ReadOnlyMemory<byte> content, int degree = 1)
    {
        var decoded = Decode(fileName, content, degree);
        var (text, dialect, headerStart) = Locate(decoded.Utf8, decoded.Encoding);
        if (Utf8Text.Trim(text.Span).IsEmpty) throw new FileRejectedException(fileName, "Le fichier n'a pas de ligne d'en-tête.");
        return (text, dialect, TextPart.After(decoded.Parts, headerStart, decoded.Utf8.Span));
    }

    /// <summary>Decodes raw bytes (<see cref="InputDecoder"/>), refusing as a whole an empty file, one that is a spreadsheet,
    /// PDF, archive… (<see cref="BinaryInput"/>), or one with a NUL anywhere: every import's first step, delimited or JSON.</summary>
    public static DecodedInput Decode(string fileName, ReadOnlyMemory<byte> content, int degree = 1)
    {
        if (content.IsEmpty) throw new FileRejectedException(fileName, "Le fichier est vide.");
        if (BinaryInput.Refusal(content.Span) is { } binary) throw new FileRejectedException(fileName, binary);
        var decoded = InputDecoder.Decode(content, degree);
        return decoded.NulRefusal() is { } nul ? throw new FileRejectedException(fileName, nul) : decoded;
    }

    /// <summary>The text from the header line on (after Excel's optional <c>sep=</c> line and empty lines), its dialect, and
    /// where it starts.</summary>
    public static (ReadOnlyMemory<byte> Text, CsvDialect Dialect, int HeaderStart) Locate(ReadOnlyMemory<byte> utf8, SourceEncoding encoding)
    {
        var (separator, separatorLine, headerStart, blankLines) = CsvDialect.Detect(utf8.Span);
        var text = utf8[headerStart..];
        return (text, new CsvDialect(encoding, separator, CsvDialect.DetectNewLine(text.Span), separatorLine, blankLines), headerStart);
    }

    /// <summary>Reader settings: records of any width kept (the readers check the count), quoted line breaks allowed,
    /// blank lines skipped, broken quoting reported to <paramref name="onMalformed"/> instead of thrown (<see cref="BrokenQuoting"/>).</summary>
    public static CsvReaderOptions Options(char separator, bool hasHeader, int maxRecordBytes, Action<CsvMalformedRecord>? onMalformed) =>
        CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = hasHeader,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MaxRecordSize = maxRecordBytes,
            OnMalformedRecord = onMalformed,
        };

    /// <summary>The line breaks in <paramref name="text"/>: CRLF, LF and a lone CR are one each.</summary>
    public static int LineBreaks(ReadOnlySpan<byte> text) => text.Count((byte)'\n') + text.Count((byte)'\r') - text.Count("\r\n"u8);

    /// <summary>The header line as written (without its line break; a quoted header may span lines).</summary>
    public static ReadOnlyMemory<byte> FirstLine(ReadOnlyMemory<byte> text)
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
