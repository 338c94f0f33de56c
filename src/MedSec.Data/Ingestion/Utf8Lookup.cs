using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Maps the UTF-8 bytes of a field to a value, resolving each distinct text once (through its <see cref="TextKey"/>)
/// and caching the answer: coded columns have few distinct values, so the hot path is one hash and two 8-byte compares.
/// </summary>
internal sealed class Utf8Lookup<T>(Func<string, (bool Found, T Value)> resolve)
{
    private const int Slots = 512;
    private const int MaxEntries = 384;

    private readonly Entry[] _entries = new Entry[Slots];
    private int _count;

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
        new(text => byKey.TryGetValue(TextKey.Of(text), out var value) ? (true, value) : (false, default!));

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> key, out T value)
    {
        var (head, tail) = Words(key);
        var slot = Slot(head, tail, key.Length);
        ref var entry = ref _entries[slot];
        if (entry.Key is not null && entry.Head == head && entry.Tail == tail && entry.Length == key.Length
            && (key.Length <= 16 || key.SequenceEqual(entry.Key)))
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
        var (found, resolved) = resolve(Encoding.UTF8.GetString(key));
        if (_count < MaxEntries)
        {
            _entries[slot] = new Entry { Head = head, Tail = tail, Length = key.Length, Key = key.ToArray(), Value = resolved, Found = found };
            _count++;
        }
        value = resolved;
        return found;
    }

    /// <summary>The first and the last 8 bytes of the key, zero padded when it is shorter (exact for keys up to 16 bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Words(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 8) return (MemoryMarshal.Read<ulong>(key), MemoryMarshal.Read<ulong>(key[^8..]));
        ulong head = 0;
        for (var i = 0; i < key.Length; i++) head |= (ulong)key[i] << (8 * i);
        return (head, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong head, ulong tail, int length) =>
        (int)((((head * 0x9E3779B97F4A7C15) ^ tail) * 0xC2B2AE3D27D4EB4F + (ulong)length) >> 55);
}
