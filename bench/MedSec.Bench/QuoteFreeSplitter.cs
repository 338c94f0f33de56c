using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MedSec.Bench;

/// <summary>
/// A probe, not a reader: splits quote-free text (as the pipeline's parallel parts are) into records and fields with
/// 64-byte SIMD masks of the separator and the line feed, to weigh CsvHelper 34's scan against the cheapest splitter that
/// still hands out every field (<c>diagnose</c>). It knows nothing of quotes, limits or blank lines.
/// </summary>
internal sealed class QuoteFreeSplitter(ReadOnlyMemory<byte> input, byte separator)
{
    // The array behind the input, so that a field costs no ReadOnlyMemory.Span dispatch.
    private readonly ArraySegment<byte> _text = MemoryMarshal.TryGetArray(input, out var segment)
        ? segment : throw new ArgumentException("An array-backed input.", nameof(input));
    private readonly int[] _ends = new int[1024];
    private int _block = -Vector512<byte>.Count;
    private ulong _pending;
    private ulong _lineFeeds;
    private int _start;
    private int _next;

    public int FieldCount { get; private set; }

    public long Line { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> GetSpan(int i) => _text.AsSpan()[(i == 0 ? _start : _ends[i - 1] + 1).._ends[i]];

    public bool Read()
    {
        ReadOnlySpan<byte> span = _text;
        if (_next >= span.Length) return false;
        _start = _next;
        Line++;
        var n = 0;
        ref var first = ref MemoryMarshal.GetReference(span);
        while (true)
        {
            if (n == _ends.Length - 1) throw new InvalidOperationException("Too many fields for the probe.");
            while (_pending == 0)
            {
                _block += Vector512<byte>.Count;
                if (_block >= span.Length) return End(span.Length, span.Length, n);
                Masks(span, ref first);
            }
            var bit = _pending & (0 - _pending);
            var at = _block + BitOperations.TrailingZeroCount(_pending);
            _pending ^= bit;
            if ((_lineFeeds & bit) != 0) return End(at > _start && span[at - 1] == '\r' ? at - 1 : at, at + 1, n);
            _ends[n++] = at;
        }
    }

    private bool End(int end, int next, int n)
    {
        _ends[n] = end;
        FieldCount = n + 1;
        _next = next;
        return true;
    }

    private void Masks(ReadOnlySpan<byte> span, ref byte first)
    {
        if (_block + Vector512<byte>.Count <= span.Length)
        {
            var v = Vector512.LoadUnsafe(ref first, (nuint)_block);
            _lineFeeds = Vector512.Equals(v, Vector512.Create((byte)'\n')).ExtractMostSignificantBits();
            _pending = _lineFeeds | Vector512.Equals(v, Vector512.Create(separator)).ExtractMostSignificantBits();
            return;
        }
        ulong lineFeeds = 0, separators = 0;
        for (var i = _block; i < span.Length; i++)
        {
            if (span[i] == '\n') lineFeeds |= 1UL << (i - _block);
            else if (span[i] == separator) separators |= 1UL << (i - _block);
        }
        _lineFeeds = lineFeeds;
        _pending = lineFeeds | separators;
    }
}
