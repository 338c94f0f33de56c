using System.Text;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Detects the encoding of an input and gives its text as UTF-8: a byte order mark decides (UTF-8, UTF-16); otherwise
/// NUL bytes beside most characters are UTF-16 without its mark (<see cref="Utf16WithoutBom"/>), valid UTF-8 is UTF-8,
/// and anything else is Windows-1252, in which every byte is a character.
/// </summary>
public static class InputDecoder
{
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>The Windows-1252 encoding (needs the code pages provider, registered here once).</summary>
    public static Encoding Ansi => Windows1252;

    /// <param name="raw">The bytes of the input.</param>
    /// <param name="degree">Threads that may scan a large input, in parts (<see cref="TextScanner.ScanParts"/>).</param>
    internal static DecodedInput Decode(ReadOnlyMemory<byte> raw, int degree = 1)
    {
        var span = raw.Span;
        if (span.StartsWith(Encoding.UTF8.Preamble)) return Scanned(raw[3..], SourceEncoding.Utf8WithBom, degree);
        if (span.StartsWith(stackalloc byte[] { 0xFF, 0xFE }))
            return Scanned(Transcode(Encoding.Unicode, span[2..]), SourceEncoding.Utf16LittleEndian, degree);
        if (span.StartsWith(stackalloc byte[] { 0xFE, 0xFF }))
            return Scanned(Transcode(Encoding.BigEndianUnicode, span[2..]), SourceEncoding.Utf16BigEndian, degree);
        // Before UTF-8: ASCII text in UTF-16 is valid UTF-8 too (NUL is a character), read as one NUL beside each letter.
        if (Utf16WithoutBom(span) is { } utf16)
            return Scanned(Transcode(utf16 == SourceEncoding.Utf16BigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode, span), utf16, degree);
        var parts = TextScanner.ScanParts(raw, degree);
        if (Array.TrueForAll(parts, p => p.ValidUtf8)) return new DecodedInput(raw, SourceEncoding.Utf8, parts);
        return Scanned(Transcode(Windows1252, span), SourceEncoding.Windows1252, degree);
    }

    /// <summary>How many leading bytes <see cref="Utf16WithoutBom"/> looks at.</summary>
    public const int Utf16SniffBytes = 1024;

    /// <summary>
    /// The UTF-16 byte order of a text saved without byte order mark (<c>iconv -t utf-16le</c>, some exports), or null: an
    /// even length, and in the first <see cref="Utf16SniffBytes"/> bytes a NUL on one side of at least half the characters
    /// (French text is mostly Latin-1, whose high byte is 0) and hardly ever on the other side. One stray NUL in UTF-8 or
    /// Windows-1252 text, or a binary file, does not look like that.
    /// </summary>
    public static SourceEncoding? Utf16WithoutBom(ReadOnlySpan<byte> raw)
    {
        if (raw.Length < 2 || raw.Length % 2 != 0) return null;
        var head = raw[..Math.Min(raw.Length, Utf16SniffBytes)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0) evenNuls++;
            if (head[i + 1] == 0) oddNuls++;
        }
        var characters = head.Length / 2;
        if (oddNuls * 2 >= characters && evenNuls * 10 <= oddNuls) return SourceEncoding.Utf16LittleEndian;
        if (evenNuls * 2 >= characters && oddNuls * 10 <= evenNuls) return SourceEncoding.Utf16BigEndian;
        return null;
    }

    /// <summary>A text already known to be UTF-8 (the byte order mark says so, or it was transcoded), with its parts counted.</summary>
    private static DecodedInput Scanned(ReadOnlyMemory<byte> utf8, SourceEncoding encoding, int degree) =>
        new(utf8, encoding, TextScanner.ScanParts(utf8, degree));

    /// <summary>The encoding to write a file in so that it reads back as <paramref name="encoding"/>.</summary>
    public static Encoding For(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf8WithBom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        SourceEncoding.Windows1252 => Windows1252,
        SourceEncoding.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        SourceEncoding.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    private static byte[] Transcode(Encoding from, ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetBytes(from.GetString(bytes));

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
