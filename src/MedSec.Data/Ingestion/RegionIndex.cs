using System.Collections.Frozen;
using MedSec.Domain.Codes;

namespace MedSec.Data.Ingestion;

/// <summary>A small integer for each région code, so that columns store a byte per row.</summary>
public static class RegionIndex
{
    /// <summary>The région codes in code order (01 … 06, 11 … 94).</summary>
    public static readonly IReadOnlyList<string> Codes = [.. CodeBook.RegionNames.Keys.Order(StringComparer.Ordinal)];

    private static readonly FrozenDictionary<string, byte> Index =
        Codes.Select((code, i) => KeyValuePair.Create(code, (byte)i)).ToFrozenDictionary();

    public static byte Of(Region region) => Index[region.Code];

    public static Region At(byte index) => new(Codes[index]);
}
