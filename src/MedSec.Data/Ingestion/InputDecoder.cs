using System.Text;
using System.Text.Unicode;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Detects the encoding of an input and gives its text as UTF-8: a byte order mark decides (UTF-8, UTF-16); otherwise
/// valid UTF-8 is UTF-8, and anything else is Windows-1252, in which every byte is a character.
/// </summary>
public static class InputDecoder
{
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>The Windows-1252 encoding (needs the code pages provider, registered here once).</summary>
    public static Encoding Ansi => Windows1252;

    public static (ReadOnlyMemory<byte> Utf8, SourceEncoding Encoding) Decode(ReadOnlyMemory<byte> raw)
    {
        var span = raw.Span;
        if (span.StartsWith(Encoding.UTF8.Preamble)) return (raw[3..], SourceEncoding.Utf8WithBom);
        if (span.StartsWith(stackalloc byte[] { 0xFF, 0xFE }))
            return (Transcode(Encoding.Unicode, span[2..]), SourceEncoding.Utf16LittleEndian);
        if (span.StartsWith(stackalloc byte[] { 0xFE, 0xFF }))
            return (Transcode(Encoding.BigEndianUnicode, span[2..]), SourceEncoding.Utf16BigEndian);
        if (Utf8.IsValid(span)) return (raw, SourceEncoding.Utf8);
        return (Transcode(Windows1252, span), SourceEncoding.Windows1252);
    }

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
