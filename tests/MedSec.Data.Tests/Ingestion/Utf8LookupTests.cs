using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// The value cache compares keys by their first and last 8 bytes, the middle of keys up to 32 bytes as two vectors, and
/// longer keys in full: keys that differ only in one byte anywhere, of any length, must each get their own value.
/// </summary>
public class Utf8LookupTests
{
    [Property(MaxTest = 500, Replay = "(1729,41)")]
    public Property KeysDifferingInOneByteGetTheirOwnValue() =>
        Prop.ForAll(Arb.From(
            from length in Gen.Choose(0, 48)
            from seed in Gen.Choose(0, int.MaxValue)
            from variants in Gen.Choose(1, 12)
            from slots in Gen.Elements(16, 512)
            select (length, seed, variants, slots)), t =>
            {
                var (length, seed, variants, slots) = t;
                var random = new Random(seed);
                var key = new byte[length];
                random.NextBytes(key);
                var keys = new List<byte[]> { key };
                for (var v = 0; v < variants && length > 0; v++)
                {
                    var variant = (byte[])key.Clone();
                    variant[random.Next(length)] ^= (byte)(1 << random.Next(8));
                    keys.Add(variant);
                }
                var resolved = 0;
                var lookup = new Utf8Lookup<string>(bytes =>
                {
                    resolved++;
                    return (true, Convert.ToHexString(bytes));
                }, slots);

                // Every key twice, in a shuffled order: the second time from the cache.
                var order = keys.Concat(keys).OrderBy(_ => random.Next()).ToList();
                foreach (var k in order)
                {
                    Assert.True(lookup.TryGet(k, out var value));
                    Assert.Equal(Convert.ToHexString(k), value);
                }
                // Each distinct key is resolved once while the cache has room (¾ of its slots), again each time after.
                var distinct = keys.Select(Convert.ToHexString).Distinct().Count();
                if (distinct <= slots / 4 * 3) Assert.Equal(distinct, resolved);
            });
}
