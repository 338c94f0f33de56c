namespace MedSec.Data.Ingestion;

/// <summary>
/// A part of a text, bytes <paramref name="Start"/> to <paramref name="End"/>, as <see cref="TextScanner"/> found it.
/// </summary>
/// <param name="ValidUtf8">Whether the part is valid UTF-8 (when it is not, the counts may be partial).</param>
/// <param name="LineFeeds">LF bytes.</param>
/// <param name="CarriageReturns">CR bytes.</param>
/// <param name="CrLfs">CR LF pairs.</param>
/// <param name="HasQuote">Whether a <c>"</c> occurs.</param>
/// <param name="HasEmptyLine">Whether a line break directly follows a line feed in the part: an empty line, which CsvHelper
/// passes over (so that its records and its lines do not go one for one).</param>
/// <param name="HasNul">Whether a NUL byte occurs: no text has one (<see cref="BinaryInput.NulRefusal"/>).</param>
internal readonly record struct TextPart(int Start, int End, bool ValidUtf8, int LineFeeds, int CarriageReturns, int CrLfs, bool HasQuote,
    bool HasEmptyLine, bool HasNul = false)
{
    public int Length => End - Start;

    /// <summary>Every line break of the part ends a record, and the counts say how many: the scan went to the end (it may
    /// stop early in bytes that are not UTF-8), no quote (a quoted field may hold line breaks) and no lone CR (which ends a
    /// line of its own).</summary>
    public bool Plain => ValidUtf8 && !HasQuote && CarriageReturns == CrLfs;

    /// <summary>
    /// The parts of <paramref name="text"/>[<paramref name="offset"/>..] (offsets from there): the parts before it
    /// dropped, the one it falls in shortened and its counts less those of the bytes cut off (in practice the header and
    /// Excel's <c>sep=</c> line: a few bytes). The counts only hold for parts cut just after a line feed, as
    /// <see cref="TextScanner.ScanParts"/> cuts them, and the validity stays the whole part's.
    /// </summary>
    public static TextPart[] After(IReadOnlyList<TextPart> parts, int offset, ReadOnlySpan<byte> text)
    {
        var result = new List<TextPart>(parts.Count);
        foreach (var part in parts)
        {
            if (part.End <= offset) continue;
            var kept = part.Start >= offset ? part : part.Without(text, offset);
            result.Add(kept with { Start = Math.Max(part.Start, offset) - offset, End = part.End - offset });
        }
        return [.. result];
    }

    /// <summary>The counts from <paramref name="offset"/> of <paramref name="text"/> on, inside the part.</summary>
    private TextPart Without(ReadOnlySpan<byte> text, int offset)
    {
        var prefix = text[Start..offset];
        // A CR LF pair across the offset is no longer in the part.
        var splitPair = prefix.EndsWith("\r"u8) && offset < text.Length && text[offset] == '\n' ? 1 : 0;
        return this with
        {
            LineFeeds = LineFeeds - prefix.Count((byte)'\n'),
            CarriageReturns = CarriageReturns - prefix.Count((byte)'\r'),
            CrLfs = CrLfs - prefix.Count("\r\n"u8) - splitPair,
            // A quote in the prefix (a quoted header name) says nothing of the rest, which is looked at again.
            HasQuote = HasQuote && (!prefix.Contains((byte)'"') || text[offset..End].Contains((byte)'"')),
            HasEmptyLine = HasEmptyLine && EmptyLineIn(text[offset..End]),
            HasNul = HasNul && text[offset..End].Contains((byte)0),
        };
    }

    /// <summary>Whether a line break (LF or CRLF) directly follows a line feed in <paramref name="text"/>.</summary>
    public static bool EmptyLineIn(ReadOnlySpan<byte> text) => text.IndexOf("\n\n"u8) >= 0 || text.IndexOf("\n\r\n"u8) >= 0;
}
