using System.Text;
using System.Text.Unicode;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// The decoder's scan. Its vectorised UTF-8 check must give .NET's answer (<see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>) on every input:
/// valid text of any code point, and each kind of fault (stray continuation, overlong form, surrogate, above U+10FFFF,
/// a sequence cut short, by another character or by the end) wherever it falls against its 32-byte blocks.
/// Its counts (line feeds, CRs, CRLF pairs, quotes, empty lines) must be the plain counts, and its parts must cover the text, each
/// cut just after a line feed.
/// </summary>
public class TextScannerTests
{
    private static bool Valid(byte[] bytes) => TextScanner.Scan(bytes, 0).ValidUtf8;

    /// <summary>Byte sequences around every boundary of UTF-8's rules, valid and not.</summary>
    private static readonly byte[][] Fragments =
    [
        "a"u8.ToArray(), ";"u8.ToArray(), "\n"u8.ToArray(), [0x7F], [0x00],
        [0xC2, 0x80], [0xDF, 0xBF], [0xC3, 0xA9], // é
        [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE2, 0x80, 0xAF], // U+202F
        [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF3, 0xBF, 0xBF, 0xBF],
        // faults
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8], [0xFF],
        [0xC3], [0xE2, 0x80], [0xE2], [0xF0, 0x90, 0x80], [0xF0, 0x90], [0xF0], [0xC3, 0xA9, 0xA9], [0xE9], // é in Windows-1252
    ];

    private static readonly Gen<byte[]> Texts =
        from pieces in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements(Fragments)),
            (3, Gen.Choose(1, 40).Select(n => Enumerable.Repeat((byte)'x', n).ToArray())),
            (2, Gen.Choose(0, 0x10FFFF).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => Encoding.UTF8.GetBytes(char.ConvertFromUtf32(c))))))
        select pieces.SelectMany(p => p).ToArray();

    [Property(MaxTest = 3000, Replay = "(4711,13)")]
    public Property TextsOfValidAndFaultyPiecesGetDotNetsAnswer() =>
        Prop.ForAll(Arb.From(Texts), bytes => Assert.Equal(Utf8.IsValid(bytes), Valid(bytes)));

    [Property(MaxTest = 1000, Replay = "(815,3)")]
    public Property ArbitraryBytesGetDotNetsAnswer() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0x70, 0xFF).Select(b => (byte)b))), bytes =>
            Assert.Equal(Utf8.IsValid(bytes), Valid(bytes)));

    [Property(MaxTest = 1000, Replay = "(2718,29)")]
    public Property ValidTextsStayValidAndOneByteChangedGetsDotNetsAnswer() =>
        Prop.ForAll(Arb.From(
            from text in Gen.ArrayOf(Gen.Elements("Secrétaire", "médicale", ";", "Télésecrétariat", "2 100,50 €", "\u202F", "𝄞", "œ", "x"))
            from position in Gen.Choose(0, 1_000)
            from value in Gen.Choose(0, 255)
            select (Encoding.UTF8.GetBytes(string.Concat(text)), position, (byte)value)), t =>
            {
                var (bytes, position, value) = t;
                Assert.True(Valid(bytes));
                if (bytes.Length == 0) return;
                bytes[position % bytes.Length] = value;
                Assert.Equal(Utf8.IsValid(bytes), Valid(bytes));
            });

    /// <summary>Every pair of bytes, and every lead byte with a second and third byte on the nibble boundaries the
    /// tables use, at each place against the blocks: at the start, across a block boundary, and at the end.</summary>
    [Fact]
    public void EveryShortSequenceAtEveryPlaceGetsDotNetsAnswer()
    {
        int[] places = [0, 1, 2, 29, 30, 31, 32, 33, 61, 62, 63, 64];
        byte[] boundaries = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xF0, 0xFF];
        var mismatches = new List<string>();
        void Try(byte[] sequence)
        {
            foreach (var place in places)
                foreach (var length in new[] { place + sequence.Length, 96 })
                {
                    if (length < place + sequence.Length) continue;
                    var bytes = Enumerable.Repeat((byte)'x', length).ToArray();
                    sequence.CopyTo(bytes, place);
                    if (Utf8.IsValid(bytes) != Valid(bytes))
                        mismatches.Add($"{Convert.ToHexString(sequence)} at {place} of {length}");
                }
        }
        for (var first = 0; first < 256; first++)
            for (var second = 0; second < 256; second++)
            {
                Try([(byte)first, (byte)second]);
                if (first < 0xE0 || second is < 0x80 or >= 0xC0) continue;
                foreach (var third in boundaries)
                {
                    Try([(byte)first, (byte)second, third]);
                    if (first >= 0xF0) foreach (var fourth in boundaries) Try([(byte)first, (byte)second, third, fourth]);
                }
            }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void AFrenchLineIsValidInUtf8AndNotInWindows1252()
    {
        const string line = "08/09/2025;bench;Privé;Clinique;250+;Île-de-France;75;25,4;Télésecrétariat;Secrétaire médicale;;;CDI;30;2 597,27 €;Mensuel;13;Brut;F;oui\n";
        var text = string.Concat(Enumerable.Repeat(line, 20));

        Assert.True(Valid(Encoding.UTF8.GetBytes(text)));
        Assert.False(Valid(InputDecoder.Ansi.GetBytes(text)));
    }

    private static readonly Gen<byte[]> ValidTexts =
        from pieces in Gen.ArrayOf(Gen.Elements("15/03/2025;Privé;84;2 100,50", "\n", "\r\n", "\r", "\"", "\"Secrétaire\nmédicale\"", ";", "𝄞", "x", "\0"))
        select Encoding.UTF8.GetBytes(string.Concat(pieces));

    private static TextPart Plain(ReadOnlySpan<byte> bytes, int start) => new(start, start + bytes.Length, Utf8.IsValid(bytes),
        bytes.Count((byte)'\n'), bytes.Count((byte)'\r'), bytes.Count("\r\n"u8), bytes.Contains((byte)'"'),
        bytes.IndexOf("\n\n"u8) >= 0 || bytes.IndexOf("\n\r\n"u8) >= 0, bytes.Contains((byte)0));

    [Property(MaxTest = 1000, Replay = "(3141,59)")]
    public Property TheCountsAreThePlainCounts() =>
        Prop.ForAll(Arb.From(ValidTexts), bytes => Assert.Equal(Plain(bytes, 7), TextScanner.Scan(bytes, 7)));

    [Property(MaxTest = 1000, Replay = "(1618,33)")]
    public Property PartsCoverTheTextAreCutAfterALineFeedAndCountIt() =>
        Prop.ForAll(Arb.From(
            from bytes in Gen.OneOf(ValidTexts, Texts)
            from degree in Gen.Choose(1, 4)
            from minPart in Gen.Choose(1, 100)
            select (bytes, degree, minPart)), t =>
            {
                var (bytes, degree, minPart) = t;
                var parts = TextScanner.ScanParts(bytes, degree, minPart);

                Assert.InRange(parts.Length, 1, degree < 2 ? 1 : degree * TextScanner.PartsPerThread);
                Assert.Equal(0, parts[0].Start);
                Assert.Equal(bytes.Length, parts[^1].End);
                for (var k = 1; k < parts.Length; k++)
                {
                    Assert.Equal(parts[k - 1].End, parts[k].Start);
                    Assert.Equal((byte)'\n', bytes[parts[k].Start - 1]);
                }
                Assert.Equal(Utf8.IsValid(bytes), parts.All(p => p.ValidUtf8));
                if (Utf8.IsValid(bytes))
                    foreach (var part in parts) Assert.Equal(Plain(bytes.AsSpan(part.Start, part.Length), part.Start), part);
            });

    /// <summary>The parts from an offset on (the header, the first record) count what is there. Validity stays the whole
    /// part's: an offset in the middle of a character does not occur (the offsets are line starts).</summary>
    [Property(MaxTest = 1000, Replay = "(2236,7)")]
    public Property PartsAfterAnOffsetCountWhatIsThere() =>
        Prop.ForAll(Arb.From(
            from bytes in ValidTexts
            from degree in Gen.Choose(1, 4)
            from minPart in Gen.Choose(1, 100)
            from at in Gen.Choose(0, 1_000)
            select (bytes, degree, minPart, at)), t =>
            {
                var (bytes, degree, minPart, at) = t;
                var offset = bytes.Length == 0 ? 0 : at % (bytes.Length + 1);
                var rest = bytes.AsSpan(offset);
                var after = TextPart.After(TextScanner.ScanParts(bytes, degree, minPart), offset, bytes);

                Assert.Equal(rest.Length, after.Sum(p => p.Length));
                foreach (var part in after)
                    Assert.Equal(Plain(rest.Slice(part.Start, part.Length), part.Start) with { ValidUtf8 = part.ValidUtf8 }, part);
            });
}
