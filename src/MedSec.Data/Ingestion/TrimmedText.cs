using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Whether every field of a text's records is already its trimmed value, so that a reader may take the fields as written
/// instead of testing both ends of each (<see cref="Utf8Text.Trim"/>): one vector pass over a reader's text costs a
/// third of those tests on a 20-column file.
/// </summary>
internal static class TrimmedText
{
    /// <summary>
    /// True when <paramref name="text"/> (whole records) has no quote, and no field starts or ends with a byte that
    /// <see cref="Utf8Text.Trim"/> may remove (<see cref="Utf8Text.MayStartBlank"/>, <see cref="Utf8Text.MayEndBlank"/>).
    /// Without quotes a field is the bytes between two boundaries: the text's ends, a separator, a line feed or a carriage
    /// return. A boundary byte is never inside a field, so a tab separator does not count as a blank. False means "trim
    /// each field", never a wrong answer the other way.
    /// </summary>
    public static bool Check(ReadOnlySpan<byte> text, byte separator)
    {
        if (text.IsEmpty) return true;
        var (first, final) = (text[0], text[^1]);
        if (final == '"' || (!IsBoundary(first, separator) && Utf8Text.MayStartBlank(first))
            || (!IsBoundary(final, separator) && Utf8Text.MayEndBlank(final)))
            return false;
        // Each pair of neighbouring bytes (a, b): a field that ends at a before a boundary, or starts at b after one.
        var last = text.Length - 1;
        if (Vector256.IsHardwareAccelerated && last >= Vector256<byte>.Count)
        {
            ref var r = ref MemoryMarshal.GetReference(text);
            var pairs = new Pairs(separator);
            nuint i = 0;
            for (; (int)i + Vector256<byte>.Count <= last; i += (nuint)Vector256<byte>.Count)
                if (pairs.AnyBlocks(ref r, i)) return false;
            // The last pairs, overlapping pairs already seen.
            return !pairs.AnyBlocks(ref r, (nuint)(last - Vector256<byte>.Count));
        }
        for (var i = 0; i < last; i++)
            if (Blocks(text[i], text[i + 1], separator)) return false;
        return true;
    }

    private static bool IsBoundary(byte b, byte separator) => b == separator || b is (byte)'\n' or (byte)'\r';

    /// <summary>Whether the pair (a, b) makes the text need trimming: a quote at a, a field ending in a blank at a, or one
    /// starting with a blank at b.</summary>
    private static bool Blocks(byte a, byte b, byte separator) =>
        a == '"'
        || (IsBoundary(a, separator) && !IsBoundary(b, separator) && Utf8Text.MayStartBlank(b))
        || (IsBoundary(b, separator) && !IsBoundary(a, separator) && Utf8Text.MayEndBlank(a));

    /// <summary><see cref="Blocks"/> on 32 pairs at once (<see cref="IsBoundary"/>, <see cref="Utf8Text.MayStartBlank"/> and
    /// <see cref="Utf8Text.MayEndBlank"/> as byte vectors).</summary>
    private readonly struct Pairs(byte separator)
    {
        private readonly Vector256<byte> _separator = Vector256.Create(separator);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool AnyBlocks(ref byte text, nuint at)
        {
            var a = Vector256.LoadUnsafe(ref text, at);
            var b = Vector256.LoadUnsafe(ref text, at + 1);
            var aBoundary = Boundary(a);
            var bBoundary = Boundary(b);
            var space = Vector256.Create((byte)' ');
            var bStarts = Vector256.LessThanOrEqual(b, space) | Vector256.Equals(b, Vector256.Create((byte)0xC2)) | Vector256.Equals(b, Vector256.Create((byte)0xE2));
            var aEnds = Vector256.LessThanOrEqual(a, space) | Vector256.Equals(a, Vector256.Create((byte)0xA0)) | Vector256.Equals(a, Vector256.Create((byte)0xAF));
            var blocks = Vector256.Equals(a, Vector256.Create((byte)'"'))
                | Vector256.AndNot(aBoundary & bStarts, bBoundary)
                | Vector256.AndNot(bBoundary & aEnds, aBoundary);
            return blocks != Vector256<byte>.Zero;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector256<byte> Boundary(Vector256<byte> v) =>
            Vector256.Equals(v, _separator) | Vector256.Equals(v, Vector256.Create((byte)'\n')) | Vector256.Equals(v, Vector256.Create((byte)'\r'));
    }
}
