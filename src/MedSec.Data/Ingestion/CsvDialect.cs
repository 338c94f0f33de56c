namespace MedSec.Data.Ingestion;

/// <summary>How an input file is written: encoding, field separator and line break, as detected.</summary>
/// <param name="SeparatorLine">True when the file starts with Excel's <c>sep=;</c> line (then the header is line 2).</param>
/// <param name="BlankLinesBeforeHeader">Blank lines before the header (after the <c>sep=</c> line, if any): empty, or made
/// of separators only, passed over as such lines are among the records.</param>
public sealed record CsvDialect(SourceEncoding Encoding, char Separator, string NewLine, bool SeparatorLine, int BlankLinesBeforeHeader = 0)
{
    /// <summary>Physical lines before the header (Excel's <c>sep=</c> line, blank lines): added to the reader's line numbers.</summary>
    public int LinesBeforeHeader => (SeparatorLine ? 1 : 0) + BlankLinesBeforeHeader;

    /// <summary>The separators detected, in the order that breaks ties.</summary>
    public static readonly IReadOnlyList<char> Candidates = [';', '\t', '|', ','];

    /// <summary>
    /// Detects the separator from the header line, counting candidates outside quotes. The header is the first line after
    /// Excel's optional <c>sep=</c> line that is not blank: the CSV reader skips empty lines before it, so the separator,
    /// the header kept for the rejects file and where the data start must skip them too (a comma-separated file with an
    /// empty first line was refused as having no known column, and a large file read its header as a record). A line of
    /// separators only (<c>;;;;</c>, an empty first row of a spreadsheet) is passed over as well, as such records are
    /// among the data; it was read as the header, and the file refused.
    /// </summary>
    public static (char Separator, bool SeparatorLine, int HeaderStart, int BlankLines) Detect(ReadOnlySpan<byte> utf8)
    {
        var separatorLine = false;
        var start = 0;
        if (utf8.Length >= 5 && (utf8[..4].SequenceEqual("sep="u8) || utf8[..4].SequenceEqual("SEP="u8))
            && Candidates.Contains((char)utf8[4]))
        {
            // The line ends with CRLF, LF or a lone CR, as the reader's lines do (a CR-only file's sep= line was taken for
            // its header).
            var end = utf8.IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0 ? utf8.Length == 5 : end == 5)
                (separatorLine, start) = (true, end < 0 ? utf8.Length : end + (utf8[end..].StartsWith("\r\n"u8) ? 2 : 1));
        }
        var blankLines = 0;
        while (start < utf8.Length)
        {
            var lineEnd = utf8[start..].IndexOfAnyExcept(BlankLineBytes);
            if (lineEnd < 0 || utf8[start + lineEnd] is not ((byte)'\n' or (byte)'\r')) break;
            start += lineEnd;
            start += utf8[start] == '\r' && start + 1 < utf8.Length && utf8[start + 1] == '\n' ? 2 : 1;
            blankLines++;
        }
        if (separatorLine) return ((char)utf8[4], true, start, blankLines);

        Span<int> counts = stackalloc int[Candidates.Count];
        var inQuotes = false;
        foreach (var b in utf8[start..])
        {
            if (b == '"') inQuotes = !inQuotes;
            else if (!inQuotes && b is (byte)'\n' or (byte)'\r') break;
            else if (!inQuotes)
                for (var c = 0; c < counts.Length; c++)
                    if (b == Candidates[c]) counts[c]++;
        }
        var best = 0;
        for (var c = 1; c < counts.Length; c++)
            if (counts[c] > counts[best]) best = c;
        return (Candidates[best], false, start, blankLines);
    }

    /// <summary>What a blank line before the header is made of: separators and spaces.</summary>
    private static readonly System.Buffers.SearchValues<byte> BlankLineBytes = System.Buffers.SearchValues.Create(";,\t| "u8);

    /// <summary>The first line break of the input: CRLF, LF, or a lone CR (Excel for Mac's "CSV Macintosh", old Mac exports,
    /// which the reader takes as line breaks too; their rejects file was written with LF), else LF.</summary>
    public static string DetectNewLine(ReadOnlySpan<byte> utf8)
    {
        var at = utf8.IndexOfAny((byte)'\r', (byte)'\n');
        if (at < 0 || utf8[at] == '\n') return "\n";
        return at + 1 < utf8.Length && utf8[at + 1] == '\n' ? "\r\n" : "\r";
    }
}
