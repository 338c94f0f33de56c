using System.Numerics;
using System.Runtime.CompilerServices;

namespace MedSec.Data.Frames;

/// <summary>
/// Percentiles by linear interpolation between order statistics (Hyndman &amp; Fan type 7, the default of R, NumPy and
/// DuckDB's <c>quantile_cont</c>): with the values sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p,
/// P(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). This is the one place in MedSec where percentiles are computed.
/// The order statistics are found by selection (no full sort); the interpolation is done in decimal.
/// </summary>
public static partial class Percentiles
{
    /// <summary>P10, P25, P50, P75, P90.</summary>
    public static readonly IReadOnlyList<decimal> Standard = [0.10m, 0.25m, 0.50m, 0.75m, 0.90m];

    /// <summary>The type 7 percentile <paramref name="p"/> (0 ≤ p ≤ 1) of <paramref name="values"/> (not changed).</summary>
    public static decimal Type7(ReadOnlySpan<decimal> values, decimal p)
    {
        Span<decimal> result = stackalloc decimal[1];
        Type7(values, [p], result);
        return result[0];
    }

    /// <summary>Several percentiles of <paramref name="values"/> (not changed) into <paramref name="results"/>.</summary>
    public static void Type7(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> probabilities, Span<decimal> results)
    {
        var scratch = values.ToArray();
        Type7InPlace(scratch.AsSpan(), probabilities, results, static x => x);
    }

    /// <summary>The type 7 percentile of doubles (for model residuals and scores), interpolated in double.</summary>
    public static double Type7(ReadOnlySpan<double> values, double p)
    {
        if (!(p >= 0d && p <= 1d)) throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile is between 0 and 1.");
        if (values.IsEmpty) throw new ArgumentException("No values: a percentile needs at least one.", nameof(values));
        foreach (var v in values)
            if (double.IsNaN(v)) throw new ArgumentException("NaN has no rank.", nameof(values));
        var scratch = values.ToArray().AsSpan();
        var h = (scratch.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        Select(scratch, lo);
        if (lo + 1 >= scratch.Length) return scratch[lo];
        var next = Min(scratch[(lo + 1)..]);
        return scratch[lo] + (h - lo) * (next - scratch[lo]);
    }

    /// <summary>
    /// Percentiles of amounts in cents, reordering <paramref name="cents"/> in place; results in euros, unrounded.
    /// </summary>
    public static void Type7Cents(Span<long> cents, ReadOnlySpan<decimal> probabilities, Span<decimal> results) =>
        Type7InPlace(cents, probabilities, results, static x => x / 100m);

    private static void Type7InPlace<T>(Span<T> values, ReadOnlySpan<decimal> probabilities, Span<decimal> results, Func<T, decimal> toDecimal)
        where T : struct, INumber<T>
    {
        if (values.IsEmpty) throw new ArgumentException("No values: a percentile needs at least one.", nameof(values));
        if (results.Length < probabilities.Length) throw new ArgumentException("One result per probability.", nameof(results));
        var n = values.Length;
        // Visit the probabilities in ascending order so that each selection narrows the range of the next.
        Span<int> order = stackalloc int[probabilities.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var ps = probabilities.ToArray();
        order.Sort((a, b) => ps[a].CompareTo(ps[b]));
        var selectedUpTo = 0;
        foreach (var i in order)
        {
            CheckProbability(ps[i]);
            var (lo, fraction) = Position(n, ps[i]);
            if (lo >= selectedUpTo) Select(values[selectedUpTo..], lo - selectedUpTo);
            selectedUpTo = Math.Max(selectedUpTo, lo);
            var x0 = toDecimal(values[lo]);
            results[i] = fraction == 0m ? x0 : Interpolate(x0, toDecimal(Min(values[(lo + 1)..])), fraction);
        }
    }

    /// <summary>Where type 7 falls among <paramref name="n"/> sorted values: h = (n − 1)·p, its whole part ⌊h⌋ and its
    /// fraction h − ⌊h⌋. The next order statistic x⌊h⌋₊₁ is needed only when the fraction is not 0 (then ⌊h⌋ &lt; n − 1).</summary>
    private static (int Lo, decimal Fraction) Position(int n, decimal p)
    {
        var h = (n - 1) * p;
        var lo = (int)decimal.Floor(h);
        return (lo, h - lo);
    }

    /// <summary>Type 7 between the order statistics x⌊h⌋ and x⌊h⌋₊₁, at h − ⌊h⌋ = <paramref name="fraction"/>.</summary>
    private static decimal Interpolate(decimal x0, decimal x1, decimal fraction) => x0 + fraction * (x1 - x0);

    private static void CheckProbability(decimal p)
    {
        if (p is < 0m or > 1m) throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile is between 0 and 1.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Min<T>(ReadOnlySpan<T> values) where T : struct, INumber<T>
    {
        var min = values[0];
        foreach (var v in values)
            if (v < min) min = v;
        return min;
    }

    /// <summary>
    /// Reorders <paramref name="s"/> so that s[k] is its k-th smallest value, with smaller-or-equal values before it and
    /// greater-or-equal after (quickselect, 3-way partition for the many equal salaries, median-of-3 pivot; falls back
    /// to a sort when partitions degenerate).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Select<T>(Span<T> s, int k) where T : struct, INumber<T>
    {
        var budget = 2 * (BitOperations.Log2((uint)Math.Max(s.Length, 1)) + 1);
        while (s.Length > 16)
        {
            if (budget-- == 0)
            {
                s.Sort();
                return;
            }
            var pivot = MedianOf3(s[0], s[s.Length / 2], s[^1]);
            int lt = 0, i = 0, gt = s.Length - 1;
            while (i <= gt)
            {
                var v = s[i];
                if (v < pivot) { s[i] = s[lt]; s[lt] = v; lt++; i++; }
                else if (v > pivot) { s[i] = s[gt]; s[gt] = v; gt--; }
                else i++;
            }
            if (k < lt) s = s[..lt];
            else if (k > gt)
            {
                k -= gt + 1;
                s = s[(gt + 1)..];
            }
            else return;
        }
        s.Sort();
    }

    private static T MedianOf3<T>(T a, T b, T c) where T : struct, INumber<T> =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
}
