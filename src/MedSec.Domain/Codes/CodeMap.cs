using System.Collections.Frozen;

namespace MedSec.Domain.Codes;

/// <summary>Two-way map between an enum and its ASCII code of DESIGN.md (used in CLI, API and data files).</summary>
public sealed class CodeMap<T> where T : struct, Enum
{
    private readonly FrozenDictionary<T, string> _toCode;
    private readonly FrozenDictionary<string, T> _fromCode;

    public CodeMap(IEnumerable<(T Value, string Code)> pairs, IEnumerable<(string Alias, T Value)>? aliases = null)
    {
        var list = pairs.ToList();
        _toCode = list.ToFrozenDictionary(p => p.Value, p => p.Code);
        var from = list.Select(p => KeyValuePair.Create(p.Code, p.Value)).ToList();
        if (aliases is not null) from.AddRange(aliases.Select(a => KeyValuePair.Create(a.Alias, a.Value)));
        _fromCode = from.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public string ToCode(T value) => _toCode[value];

    public bool TryParse(string? code, out T value)
    {
        value = default;
        return code is not null && _fromCode.TryGetValue(code.Trim(), out value);
    }

    /// <summary>The canonical codes, in declaration order.</summary>
    public IReadOnlyList<string> AllCodes => _toCode.Values.ToList();
}
