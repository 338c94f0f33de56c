using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Frames;

namespace MedSec.Data.Tests.Frames;

/// <summary>Type 7 percentiles (R's default, NumPy's "linear", DuckDB's quantile_cont).</summary>
public class PercentilesTests
{
    [Theory]
    [InlineData("0.10", "1.9")]
    [InlineData("0.25", "3.25")]
    [InlineData("0.50", "5.5")]
    [InlineData("0.75", "7.75")]
    [InlineData("0.90", "9.1")]
    [InlineData("0", "1")]
    [InlineData("1", "10")]
    public void MatchesRsQuantileType7OnOneToTen(string p, string expected)
    {
        // R: quantile(1:10, c(.1, .25, .5, .75, .9), type = 7) → 1.90 3.25 5.50 7.75 9.10
        decimal[] values = [7, 3, 10, 1, 9, 2, 8, 4, 6, 5];
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Percentiles.Type7(values, decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void SingleValueIsEveryPercentile() => Assert.Equal(1801.80m, Percentiles.Type7([1801.80m], 0.9m));

    [Fact]
    public void InputIsNotChanged()
    {
        decimal[] values = [3, 1, 2];
        Percentiles.Type7(values, 0.5m);
        Assert.Equal([3m, 1m, 2m], values);
    }

    [Fact]
    public void EmptyInputOrOutOfRangeProbabilityIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Percentiles.Type7(ReadOnlySpan<decimal>.Empty, 0.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Type7([1m], 1.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Type7([1d], double.NaN));
    }

    [Fact]
    public void DoublesUseTheSameDefinition() => Assert.Equal(3.25, Percentiles.Type7([1d, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25), 12);

    /// <summary>Selection gives what a full sort gives, for many duplicates and any order.</summary>
    [Property(MaxTest = 300, Replay = "(5907,35)")]
    public Property SelectionEqualsTheSortedDefinition() =>
        Prop.ForAll(Arb.From(
            from values in Gen.NonEmptyListOf(Gen.Choose(150_000, 160_000).Select(v => (long)v))
            from ps in Gen.ListOf(Gen.Choose(0, 100).Select(p => p / 100m))
            select (values, ps)), input =>
        {
            var (values, ps) = input;
            var sorted = values.Order().ToArray();
            var expected = ps.Select(p => Reference(sorted, p)).ToArray();
            var results = new decimal[ps.Count];
            Percentiles.Type7Cents(values.ToArray(), ps.ToArray(), results);
            Assert.Equal(expected, results);
        });

    /// <summary>Groups binned together (on several threads from 200 000 rows) give, for each code, what a sort of its rows'
    /// cents gives, rows with an excluded flag left out and groups under the minimum without values: for values spread
    /// wide or packed into a few bins or one, with many equal values, and with the ends of the range of <see cref="long"/>.</summary>
    [Property(MaxTest = 60, Replay = "(4242,17)")]
    public Property GroupsByCodeGiveTheSortedDefinition() =>
        Prop.ForAll(Arb.From(
            from n in Gen.OneOf(Gen.Choose(1, 5_000), Gen.Choose(200_000, 230_000))
            from spread in Gen.Elements(0L, 3L, 5_000L, 400_000L, 1L << 40, long.MaxValue)
            from extremes in Gen.Elements(false, true)
            from codeCount in Gen.Choose(1, 6)
            from minRows in Gen.Choose(1, 50)
            from seed in Gen.Choose(0, int.MaxValue)
            from ps in Gen.ListOf(Gen.Choose(0, 1000).Select(p => p / 1000m))
            select (n, spread, extremes, codeCount, minRows, seed, ps)), t =>
            {
                var (n, spread, extremes, codeCount, minRows, seed, ps) = t;
                var random = new Random(seed);
                var cents = Enumerable.Range(0, n)
                    .Select(_ => spread == long.MaxValue ? random.NextInt64(long.MinValue, long.MaxValue) : 250_000 + random.NextInt64(-spread, spread + 1))
                    .ToArray();
                if (extremes) (cents[random.Next(n)], cents[random.Next(n)]) = (long.MinValue, long.MaxValue);
                var alphabet = Enumerable.Range(0, codeCount).Select(_ => (byte)random.Next(256)).ToArray();
                var codes = cents.Select(_ => alphabet[random.Next(codeCount)]).ToArray();
                var flags = cents.Select(_ => (byte)(random.Next(10) == 0 ? random.Next(1, 8) : 0)).ToArray();
                const byte exclude = 0b101;

                var expected = Enumerable.Range(0, n).Where(i => (flags[i] & exclude) == 0).GroupBy(i => codes[i]).OrderBy(g => g.Key)
                    .Select(g =>
                    {
                        var sorted = g.Select(i => cents[i]).Order().ToArray();
                        return (g.Key, sorted.Length, sorted.Length < minRows ? null : ps.Select(p => Reference(sorted, p)).ToArray());
                    }).ToList();
                var actual = Percentiles.Type7CentsByCode(cents, codes, flags, exclude, ps, minRows);

                Assert.Equal(expected.Select(e => (e.Key, e.Length)), actual.Select(a => (a.Code, a.Rows)));
                Assert.Equal(expected.Select(e => e.Item3), actual.Select(a => a.Values));
            });

    [Property(MaxTest = 200, Replay = "(1801,81)")]
    public Property PercentilesAreOrderedAndWithinTheRange() =>
        Prop.ForAll(Arb.From(Gen.NonEmptyListOf(Gen.Choose(100, 900_000).Select(v => v / 100m))), values =>
        {
            var results = new decimal[Percentiles.Standard.Count];
            Percentiles.Type7(values.ToArray(), [.. Percentiles.Standard], results);
            Assert.True(values.Min() <= results[0]);
            for (var i = 1; i < results.Length; i++) Assert.True(results[i - 1] <= results[i]);
            Assert.True(results[^1] <= values.Max());
        });

    /// <summary>Type 7 on sorted cents, in euros: x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).</summary>
    private static decimal Reference(long[] sorted, decimal p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)decimal.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        decimal x0 = sorted[lo] / 100m, x1 = sorted[hi] / 100m;
        return h == lo ? x0 : x0 + (h - lo) * (x1 - x0);
    }
}
