using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace MedSec.Data.Ingestion;

/// <summary>Resolves the UTF-8 bytes of a field to a value (called once per distinct text while the cache has room).</summary>
internal delegate (bool Found, T Value) Utf8Resolver<T>(ReadOnlySpan<byte> utf8);

/// <summary>
/// Maps the UTF-8 bytes of a field to a value, resolving each distinct text once (through its <see cref="TextKey"/>)
/// and caching the answer: coded columns have few distinct values, so the hot path is one hash and two 8-byte compares.
/// Once the cache is full (a column with more distinct values than <paramref name="slots"/> × ¾), new texts are resolved
/// each time they occur.
/// </summary>
internal sealed class Utf8Lookup<T>(Utf8Resolver<T> resolve, int slots = 512)
{
    private readonly Entry[] _entries = new Entry[BitOperations.RoundUpToPowerOf2((uint)Math.Max(slots, 16))];
    private readonly int _shift = 64 - BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(slots, 16)));
    private int _count;

    private int Slots => _entries.Length;

    private int MaxEntries => _entries.Length / 4 * 3;

    private struct Entry
    {
        public ulong Head;
        public ulong Tail;
        public int Length;
        public byte[]? Key;
        public T Value;
        public bool Found;
    }

    public static Utf8Lookup<T> From(IReadOnlyDictionary<string, T> byKey) =>
        new(utf8 => byKey.TryGetValue(TextKey.Of(Encoding.UTF8.GetString(utf8)), out var value) ? (true, value) : (false, default!));

    /// <summary>A lookup resolving through the decoded text.</summary>
    public static Utf8Lookup<T> OfText(Func<string, (bool Found, T Value)> resolve, int slots = 512) =>
        new(utf8 => resolve(Encoding.UTF8.GetString(utf8)), slots);

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> key, out T value)
    {
        var (head, tail) = Words(key);
        var slot = Slot(head, tail, key.Length, _shift);
        ref var entry = ref _entries[slot];
        if (entry.Key is not null && entry.Head == head && entry.Tail == tail && entry.Length == key.Length
            && (key.Length <= 16 || (key.Length <= 32 ? Middle(key, entry.Key) : key.SequenceEqual(entry.Key))))
        {
            value = entry.Value;
            return entry.Found;
        }
        return Miss(key, head, tail, slot, out value);
    }

    private bool Miss(ReadOnlySpan<byte> key, ulong head, ulong tail, int slot, out T value)
    {
        while (_entries[slot].Key is { } stored)
        {
            ref var entry = ref _entries[slot];
            if (entry.Head == head && entry.Tail == tail && entry.Length == key.Length && key.SequenceEqual(stored))
            {
                value = entry.Value;
                return entry.Found;
            }
            slot = (slot + 1) & (Slots - 1);
        }
        var (found, resolved) = resolve(key);
        if (_count < MaxEntries)
        {
            _entries[slot] = new Entry { Head = head, Tail = tail, Length = key.Length, Key = key.ToArray(), Value = resolved, Found = found };
            _count++;
        }
        value = resolved;
        return found;
    }

    /// <summary>Whether a key of 17 to 32 bytes equals a stored key of its length, whose first and last 8 bytes are known
    /// to match: its first and last 16 bytes (which overlap) compared as two vectors, inline (job titles are this long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Middle(ReadOnlySpan<byte> key, byte[] stored)
    {
        ref var k = ref MemoryMarshal.GetReference(key);
        ref var s = ref MemoryMarshal.GetArrayDataReference(stored);
        var tail = (nuint)(key.Length - 16);
        return Vector128.LoadUnsafe(ref k) == Vector128.LoadUnsafe(ref s) && Vector128.LoadUnsafe(ref k, tail) == Vector128.LoadUnsafe(ref s, tail);
    }

    /// <summary>
    /// Two words that, with the length, identify a key of up to 16 bytes exactly: the first and the last 8 bytes (they
    /// overlap below 16), the first and the last 4 below 8, bytes 0, n/2 and n−1 below 4. Longer keys are compared in full.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Words(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 8) return (MemoryMarshal.Read<ulong>(key), MemoryMarshal.Read<ulong>(key[^8..]));
        if (key.Length >= 4) return (MemoryMarshal.Read<uint>(key) | (ulong)MemoryMarshal.Read<uint>(key[^4..]) << 32, 0);
        if (key.IsEmpty) return (0, 0);
        return ((ulong)key[0] | (ulong)key[key.Length >> 1] << 8 | (ulong)key[^1] << 16, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong head, ulong tail, int length, int shift) =>
        (int)(((head ^ BitOperations.RotateLeft(tail, 29) ^ (ulong)length) * 0x9E3779B97F4A7C15) >> shift);
}
