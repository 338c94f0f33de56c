namespace MedSec.Data.Ingestion;

/// <summary>How an input file is written: encoding, field separator and line break, as detected.</summary>
/// <param name="SeparatorLine">True when the file starts with Excel's <c>sep=;</c> line (then the header is line 2).</param>
public sealed record CsvDialect(SourceEncoding Encoding, char Separator, string NewLine, bool SeparatorLine)
{
    /// <summary>Physical lines before the header (Excel's <c>sep=</c> line): added to the reader's line numbers.</summary>
    public int LinesBeforeHeader => SeparatorLine ? 1 : 0;

    /// <summary>The separators detected, in the order that breaks ties.</summary>
    public static readonly IReadOnlyList<char> Candidates = [';', '\t', '|', ','];

    /// <summary>Detects the separator from the first line (the header), counting candidates outside quotes.</summary>
    public static (char Separator, bool SeparatorLine, int HeaderStart) Detect(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= 5 && (utf8[..4].SequenceEqual("sep="u8) || utf8[..4].SequenceEqual("SEP="u8))
            && Candidates.Contains((char)utf8[4]))
        {
            var end = utf8.IndexOf((byte)'\n');
            var rest = utf8[4..(end < 0 ? utf8.Length : end)].TrimEnd((byte)'\r');
            if (rest.Length == 1) return ((char)utf8[4], true, end < 0 ? utf8.Length : end + 1);
        }

        Span<int> counts = stackalloc int[Candidates.Count];
        var inQuotes = false;
        foreach (var b in utf8)
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
        return (Candidates[best], false, 0);
    }

    /// <summary>CRLF when the first line break of the input is one, else LF.</summary>
    public static string DetectNewLine(ReadOnlySpan<byte> utf8)
    {
        var lf = utf8.IndexOf((byte)'\n');
        return lf > 0 && utf8[lf - 1] == '\r' ? "\r\n" : "\n";
    }
}
