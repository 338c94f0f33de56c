using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text.Unicode;

namespace MedSec.Data.Ingestion;

/// <summary>
/// One pass over a text held in memory, in parts on several threads: whether it is valid UTF-8, and its line feeds,
/// carriage returns, CRLF pairs, quotes, empty lines and NUL bytes, which say where the pipeline may cut it into parts for its reader
/// threads and how their records' lines are counted.
/// <para>
/// The UTF-8 check is the "lookup" algorithm of J. Keiser and D. Lemire, "Validating UTF-8 In Less Than One Instruction
/// Per Byte" (Software: Practice and Experience, 2021), 32 bytes at a time: every error of UTF-8 shows in a pair of
/// consecutive bytes (three table lookups on their nibbles), except a missing third or fourth byte, which shows as a
/// byte 2 or 3 after a 3- or 4-byte lead that is not a continuation. French files have an accent every few dozen bytes,
/// which keeps .NET's <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/> off its ASCII fast path (~37 ms for the 127 MB
/// benchmark file on one core, against ~14 ms here, counting included). Without AVX2 the pass is .NET's check and counts.
/// That both give .NET's answer on every input is a tested property.
/// </para>
/// </summary>
internal static class TextScanner
{
    private const int Width = 32;

    /// <summary>A text is cut into parts of at least this size (so a small input is scanned and read in one pass).</summary>
    internal const int MinPartBytes = 512 << 10;

    /// <summary>
    /// Parts per thread: the reader threads take parts one after the other, so that a thread slowed down (by the garbage
    /// collector, the JIT or another process on its core) reads fewer of them instead of making the others wait for it.
    /// The last part read ends the import while the other threads have none left: on the 127 MB benchmark file, 16 parts
    /// of 8 MB left the two threads finishing 6.6 ms apart on average (up to 20 ms), 64 parts of 2 MB 2.7 ms (up to 8 ms),
    /// for no measurable cost per part (docs/PERFORMANCE.md, fourteenth session).
    /// </summary>
    internal const int PartsPerThread = 32;

    /// <summary>
    /// The text in parts, scanned on up to <paramref name="degree"/> threads: one part for one thread, else up to
    /// <see cref="PartsPerThread"/> per thread. Parts are cut just after a line feed (a character boundary, so each part
    /// is valid UTF-8 exactly when its bytes are, and no CRLF pair is split), at about equal sizes; a text without a line
    /// feed past a cut has fewer parts.
    /// </summary>
    public static TextPart[] ScanParts(ReadOnlyMemory<byte> text, int degree, int minPartBytes = MinPartBytes)
    {
        var span = text.Span;
        var count = degree < 2 ? 1 : (int)Math.Clamp(span.Length / Math.Max(minPartBytes, 1), 1, degree * PartsPerThread);
        var cuts = new List<int> { 0 };
        for (var k = 1; k < count; k++)
        {
            var target = Math.Max(cuts[^1], (int)((long)span.Length * k / count));
            var newline = span[target..].IndexOf((byte)'\n');
            if (newline < 0) break;
            var cut = target + newline + 1;
            if (cut > cuts[^1] && cut < span.Length) cuts.Add(cut);
        }
        cuts.Add(span.Length);

        var parts = new TextPart[cuts.Count - 1];
        if (parts.Length == 1)
            parts[0] = Scan(span, 0);
        else
            Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = degree },
                k => parts[k] = Scan(text.Span[cuts[k]..cuts[k + 1]], cuts[k]));
        return parts;
    }

    /// <summary>Scans <paramref name="bytes"/>, which start at offset <paramref name="start"/> of their text. When the
    /// bytes are not valid UTF-8 the scan may stop early, and its counts are then partial.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TextPart Scan(ReadOnlySpan<byte> bytes, int start)
    {
        if (!Avx2.IsSupported || bytes.Length < Width)
            return new TextPart(start, start + bytes.Length, Utf8.IsValid(bytes), bytes.Count((byte)'\n'), bytes.Count((byte)'\r'),
                bytes.Count("\r\n"u8), bytes.Contains((byte)'"'), TextPart.EmptyLineIn(bytes), bytes.Contains((byte)0));

        var tables = new Tables(FirstHigh, FirstLow, SecondHigh);
        var counts = new Counts();
        // The first block is checked as if 3 ASCII bytes preceded it: the start of the text ends any sequence.
        Span<byte> edge = stackalloc byte[3 + Width];
        edge[..3].Clear();
        bytes[..Width].CopyTo(edge[3..]);
        var error = Block(ref edge[3], tables, ref counts);

        ref var first = ref Unsafe.AsRef(in bytes[0]);
        var i = Width;
        for (; i <= bytes.Length - Width; i += Width)
        {
            error |= Block(ref Unsafe.Add(ref first, i), tables, ref counts);
            if (error != Vector256<byte>.Zero) break;
        }

        if (error == Vector256<byte>.Zero)
        {
            // The last bytes (maybe none), followed by ASCII zeros: a sequence cut by the end of the text then fails as
            // it would before any ASCII byte. The zeros count as nothing.
            edge.Clear();
            bytes[(i - 3)..].CopyTo(edge);
            // The padding zeros are no NUL of the text: the last bytes are looked at themselves.
            var nuls = counts.Nuls | (bytes[i..].Contains((byte)0) ? 1u : 0u);
            error |= Block(ref edge[3], tables, ref counts);
            counts.Nuls = nuls;
        }
        return new TextPart(start, start + bytes.Length, error == Vector256<byte>.Zero, counts.LineFeeds, counts.CarriageReturns,
            counts.CrLfs, counts.Quotes != 0, counts.EmptyLines != 0, counts.Nuls != 0);
    }

    private struct Counts
    {
        public int LineFeeds;
        public int CarriageReturns;
        public int CrLfs;
        public uint Quotes;
        public uint EmptyLines;
        public uint Nuls;
    }

    /// <summary>The 32 bytes at <paramref name="at"/> (the 3 before it readable): counted, and their UTF-8 error bits returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Block(ref byte at, Tables tables, ref Counts counts)
    {
        var input = Vector256.LoadUnsafe(ref at);
        var prev1 = Vector256.LoadUnsafe(ref Unsafe.Subtract(ref at, 1));
        var prev2 = Vector256.LoadUnsafe(ref Unsafe.Subtract(ref at, 2));
        var lineFeeds = Vector256.Equals(input, Vector256.Create((byte)'\n'));
        var carriageReturns = Vector256.Equals(input, Vector256.Create((byte)'\r'));
        var afterCarriageReturn = Vector256.Equals(prev1, Vector256.Create((byte)'\r'));
        var afterLineFeed = Vector256.Equals(prev1, Vector256.Create((byte)'\n'));
        counts.LineFeeds += BitOperations.PopCount(lineFeeds.ExtractMostSignificantBits());
        counts.CarriageReturns += BitOperations.PopCount(carriageReturns.ExtractMostSignificantBits());
        counts.CrLfs += BitOperations.PopCount((lineFeeds & afterCarriageReturn).ExtractMostSignificantBits());
        counts.Quotes |= Vector256.Equals(input, Vector256.Create((byte)'"')).ExtractMostSignificantBits();
        // A NUL anywhere, not only in the 8 KB BinaryInput.NotText reads: one compare in a pass made anyway.
        counts.Nuls |= Vector256.Equals(input, Vector256<byte>.Zero).ExtractMostSignificantBits();
        // LF LF, or LF CR LF (seen at its LF).
        counts.EmptyLines |= (lineFeeds & (afterLineFeed | (afterCarriageReturn & Vector256.Equals(prev2, Vector256.Create((byte)'\n')))))
            .ExtractMostSignificantBits();
        return Check(input, prev1, prev2, Vector256.LoadUnsafe(ref Unsafe.Subtract(ref at, 3)), tables);
    }

    /// <summary>The three lookup tables, built once per call and held in registers through the loop.</summary>
    private readonly record struct Tables(Vector256<byte> FirstHigh, Vector256<byte> FirstLow, Vector256<byte> SecondHigh);

    /// <summary>The error bits of each byte of <paramref name="input"/> given the 1, 2 and 3 bytes before it; all zero when valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Check(Vector256<byte> input, Vector256<byte> prev1, Vector256<byte> prev2, Vector256<byte> prev3,
        Tables tables)
    {
        var low = Vector256.Create((byte)0x0F);
        var special = Avx2.Shuffle(tables.FirstHigh, Vector256.ShiftRightLogical(prev1, 4))
            & Avx2.Shuffle(tables.FirstLow, prev1 & low)
            & Avx2.Shuffle(tables.SecondHigh, Vector256.ShiftRightLogical(input, 4));
        // 0x80 where the byte must be a continuation: 2 after a lead 1110xxxx or 3 after 11110xxx (or above).
        var mustContinue = (Avx2.SubtractSaturate(prev2, Vector256.Create((byte)(0xE0 - 0x80)))
            | Avx2.SubtractSaturate(prev3, Vector256.Create((byte)(0xF0 - 0x80)))) & Vector256.Create((byte)0x80);
        // A pair of continuations (TwoConts) is an error exactly when the second one is not expected.
        return mustContinue ^ special;
    }

    // The error classes of a pair of bytes (first, second), one bit each.
    private const byte TooShort = 1 << 0;     // a lead or ASCII byte after a lead byte
    private const byte TooLong = 1 << 1;      // a continuation after an ASCII byte
    private const byte Overlong3 = 1 << 2;    // 11100000 100xxxxx
    private const byte TooLarge = 1 << 3;     // above U+10FFFF: 11110100 1001xxxx or 101xxxxx, and any 11110101 and above
    private const byte Surrogate = 1 << 4;    // 11101101 101xxxxx (U+D800…U+DFFF)
    private const byte Overlong2 = 1 << 5;    // 1100000x 10xxxxxx
    private const byte TooLarge1000 = 1 << 6; // 11110101 and above, then 1000xxxx
    private const byte Overlong4 = 1 << 6;    // 11110000 1000xxxx
    private const byte TwoConts = 1 << 7;     // a continuation after a continuation (0x80, as mustContinue)
    private const byte Carry = TooShort | TooLong | TwoConts;

    /// <summary>By the high nibble of the first byte.</summary>
    private static Vector256<byte> FirstHigh => Twice(
        TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong,
        TwoConts, TwoConts, TwoConts, TwoConts,
        TooShort | Overlong2,
        TooShort,
        TooShort | Overlong3 | Surrogate,
        TooShort | TooLarge | TooLarge1000 | Overlong4);

    /// <summary>By the low nibble of the first byte.</summary>
    private static Vector256<byte> FirstLow => Twice(
        Carry | Overlong3 | Overlong2 | Overlong4,
        Carry | Overlong2,
        Carry,
        Carry,
        Carry | TooLarge,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000 | Surrogate,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000);

    /// <summary>By the high nibble of the second byte.</summary>
    private static Vector256<byte> SecondHigh => Twice(
        TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort,
        TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge1000 | Overlong4,
        TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge,
        TooLong | Overlong2 | TwoConts | Surrogate | TooLarge,
        TooLong | Overlong2 | TwoConts | Surrogate | TooLarge,
        TooShort, TooShort, TooShort, TooShort);

    /// <summary>A 16-entry table in both 128-bit lanes (vpshufb looks up within each lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Twice(byte e0, byte e1, byte e2, byte e3, byte e4, byte e5, byte e6, byte e7,
        byte e8, byte e9, byte e10, byte e11, byte e12, byte e13, byte e14, byte e15) =>
        Vector256.Create(Vector128.Create(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15));
}
