using System.Text;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Maps the UTF-8 bytes of a field to a value, resolving each distinct text once (through its <see cref="TextKey"/>)
/// and caching the answer: coded columns have few distinct values, so the hot path is a hash and a compare.
/// </summary>
internal sealed class Utf8Lookup<T>(Func<string, (bool Found, T Value)> resolve)
{
    private const int Slots = 512;
    private const int MaxEntries = 384;

    private readonly byte[]?[] _keys = new byte[Slots][];
    private readonly T[] _values = new T[Slots];
    private readonly bool[] _found = new bool[Slots];
    private int _count;

    public static Utf8Lookup<T> From(IReadOnlyDictionary<string, T> byKey) =>
        new(text => byKey.TryGetValue(TextKey.Of(text), out var value) ? (true, value) : (false, default!));

    public bool TryGet(ReadOnlySpan<byte> key, out T value)
    {
        var slot = (int)(Hash(key) & (Slots - 1));
        while (_keys[slot] is { } stored)
        {
            if (key.SequenceEqual(stored))
            {
                value = _values[slot];
                return _found[slot];
            }
            slot = (slot + 1) & (Slots - 1);
        }
        var (found, resolved) = resolve(Encoding.UTF8.GetString(key));
        if (_count < MaxEntries)
        {
            _keys[slot] = key.ToArray();
            _values[slot] = resolved;
            _found[slot] = found;
            _count++;
        }
        value = resolved;
        return found;
    }

    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var h = 2166136261u;
        foreach (var b in key) h = (h ^ b) * 16777619u;
        return h ^ (h >> 15);
    }
}
