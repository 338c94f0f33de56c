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

    /// <param name="raw">The bytes of the input.</param>
    /// <param name="degree">Threads that may check a large input's UTF-8 validity, in parts.</param>
    public static (ReadOnlyMemory<byte> Utf8, SourceEncoding Encoding) Decode(ReadOnlyMemory<byte> raw, int degree = 1)
    {
        var span = raw.Span;
        if (span.StartsWith(Encoding.UTF8.Preamble)) return (raw[3..], SourceEncoding.Utf8WithBom);
        if (span.StartsWith(stackalloc byte[] { 0xFF, 0xFE }))
            return (Transcode(Encoding.Unicode, span[2..]), SourceEncoding.Utf16LittleEndian);
        if (span.StartsWith(stackalloc byte[] { 0xFE, 0xFF }))
            return (Transcode(Encoding.BigEndianUnicode, span[2..]), SourceEncoding.Utf16BigEndian);
        if (IsValidUtf8(raw, degree)) return (raw, SourceEncoding.Utf8);
        return (Transcode(Windows1252, span), SourceEncoding.Windows1252);
    }

    private const int ParallelBytes = 8 << 20;

    /// <summary>
    /// Whether the bytes are valid UTF-8, checked in one part per thread for large inputs. The parts are cut at bytes that
    /// are not continuation bytes (10xxxxxx): valid UTF-8 cut there gives valid parts, and a sequence broken by a cut
    /// leaves an incomplete sequence at the end of the part before, so the parts are all valid exactly when the whole is.
    /// </summary>
    internal static bool IsValidUtf8(ReadOnlyMemory<byte> raw, int degree, int parallelBytes = ParallelBytes)
    {
        if (degree < 2 || raw.Length < parallelBytes) return Utf8.IsValid(raw.Span);
        var cuts = new int[degree + 1];
        cuts[degree] = raw.Length;
        var span = raw.Span;
        for (var k = 1; k < degree; k++)
        {
            var cut = Math.Max(cuts[k - 1], (int)((long)raw.Length * k / degree));
            while (cut < span.Length && (span[cut] & 0xC0) == 0x80) cut++;
            cuts[k] = cut;
        }
        var valid = new bool[degree];
        Parallel.For(0, degree, new ParallelOptions { MaxDegreeOfParallelism = degree },
            k => valid[k] = Utf8.IsValid(raw.Span[cuts[k]..cuts[k + 1]]));
        return Array.TrueForAll(valid, v => v);
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
