using System.Runtime.CompilerServices;

namespace MedSec.Data.Ingestion;

/// <summary>The values of a coded column by <see cref="TextKey"/>, stored as the enum's number (see <see cref="ValueAliases"/>).</summary>
public sealed class AliasMap<T>(Dictionary<string, int> numbers) where T : struct
{
    /// <summary>The enum's number by key, the form the readers' caches use.</summary>
    public IReadOnlyDictionary<string, int> Numbers => numbers;

    public bool TryGetValue(string key, out T value)
    {
        var found = numbers.TryGetValue(key, out var number);
        value = typeof(T) == typeof(bool) ? Unsafe.BitCast<bool, T>(number != 0) : Unsafe.As<int, T>(ref number);
        return found;
    }
}
