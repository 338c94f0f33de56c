using System.Numerics;
using System.Runtime.CompilerServices;

namespace MedSec.Data.Frames;

/// <summary>Type 7 percentiles of many groups of rows at once (the frame's query by one code column).</summary>
public static partial class Percentiles
{
    /// <summary>
    /// The percentiles of the cents of each group of rows, a group being the rows of one <paramref name="codes"/> value,
    /// rows with a flag in <paramref name="exclude"/> left out: for each code present (ascending), its rows and their
    /// percentiles in euros (null under <paramref name="minRows"/> rows).
    /// <para>
    /// All groups are binned together, in three passes over the rows, on several threads when there are many. The first
    /// counts each group's rows and finds the range of the cents kept; the second counts each group's values in 2¹¹ bins
    /// of equal width over that range, which tells the bin of each rank that type 7 needs; the third copies the values of
    /// those bins only, where the ranks are selected. No group's values are gathered in full, and the passes have no
    /// data-dependent branch to mispredict, where a quickselect's partition mispredicts about one value in two.
    /// </para>
    /// </summary>
    internal static List<(byte Code, int Rows, decimal[]? Values)> Type7CentsByCode(ReadOnlyMemory<long> cents, ReadOnlyMemory<byte> codes,
        ReadOnlyMemory<byte> flags, byte exclude, IReadOnlyList<decimal> probabilities, int minRows)
    {
        foreach (var p in probabilities) CheckProbability(p);
        var n = cents.Length;
        var threads = n >= ParallelRows ? Math.Clamp(Environment.ProcessorCount, 1, 8) : 1;
        (int From, int To) RangeOf(int t) => ((int)((long)n * t / threads), (int)((long)n * (t + 1) / threads));
        void OnThreads(Action<int> pass)
        {
            if (threads == 1) pass(0);
            else Parallel.For(0, threads, pass);
        }

        // Pass 1: the rows of each code and the range of the cents kept.
        var perCode = new int[threads][];
        var mins = new long[threads];
        var maxs = new long[threads];
        OnThreads(t =>
        {
            var (from, to) = RangeOf(t);
            perCode[t] = new int[256];
            (mins[t], maxs[t]) = CountCodes(cents.Span[from..to], codes.Span[from..to], flags.Span[from..to], exclude, perCode[t]);
        });
        var rows = new int[256];
        foreach (var counted in perCode)
            for (var code = 0; code < rows.Length; code++) rows[code] += counted[code];
        var (min, max) = (mins.Min(), maxs.Max());
        // The codes present, numbered densely for the bins' tables.
        var group = new int[256];
        var present = new List<byte>();
        for (var code = 0; code < rows.Length; code++)
        {
            group[code] = present.Count;
            if (rows[code] > 0) present.Add((byte)code);
        }
        if (present.Count == 0) return [];

        // Pass 2: each group's values in bins.
        var shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount((ulong)max - (ulong)min) - BinBits);
        var bins = (int)(((ulong)max - (ulong)min) >> shift) + 1;
        var binned = new Bins(group, bins, min, shift, exclude);
        var perThread = new int[threads][];
        OnThreads(t =>
        {
            var (from, to) = RangeOf(t);
            perThread[t] = new int[present.Count * bins];
            binned.Count(cents.Span[from..to], codes.Span[from..to], flags.Span[from..to], perThread[t]);
        });
        var counts = new int[present.Count * bins];
        foreach (var counted in perThread)
            for (var i = 0; i < counts.Length; i++) counts[i] += counted[i];

        var (slot, starts, wanted) = Slots(counts, bins, present.Select(code => rows[code]).ToArray(), probabilities, minRows);
        // Where each thread writes in each slot: after the values of that bin in the rows of the threads before it.
        var fill = new int[threads][];
        for (var t = 0; t < threads; t++)
        {
            fill[t] = new int[starts.Length - 1];
            for (var at = 0; at < slot.Length; at++)
                if (slot[at] >= 0)
                    fill[t][slot[at]] = t == 0 ? starts[slot[at]] : fill[t - 1][slot[at]] + perThread[t - 1][at];
        }

        // Pass 3: the values of the wanted bins.
        var kept = new long[starts[^1]];
        OnThreads(t =>
        {
            var (from, to) = RangeOf(t);
            binned.Copy(cents.Span[from..to], codes.Span[from..to], flags.Span[from..to], slot, fill[t], kept);
        });

        var result = new List<(byte, int, decimal[]?)>(present.Count);
        for (var g = 0; g < present.Count; g++)
        {
            decimal[]? values = null;
            if (wanted[g] is var (ranks, located))
            {
                var found = new long[ranks.Length];
                for (var r = 0; r < ranks.Length; r++)
                {
                    var (at, rankInBin) = located[r];
                    var inBin = kept.AsSpan(starts[slot[at]], counts[at]);
                    Select(inBin, rankInBin);
                    found[r] = inBin[rankInBin];
                }
                values = FromOrderStatistics(rows[present[g]], probabilities, ranks, found);
            }
            result.Add((present[g], rows[present[g]], values));
        }
        return result;
    }

    /// <summary>
    /// The bin of each rank wanted of each group (groups under <paramref name="minRows"/> rows want none), and the slot of
    /// each such bin among the values that pass 3 keeps: <c>slot</c> by cell (−1 for the others), where each slot starts
    /// (and, last, where they end).
    /// </summary>
    private static (int[] Slot, int[] Starts, (int[] Ranks, (int At, int RankInBin)[] Located)?[] Wanted) Slots(int[] counts, int bins,
        int[] rows, IReadOnlyList<decimal> probabilities, int minRows)
    {
        var slot = new int[counts.Length];
        Array.Fill(slot, -1);
        var wanted = new (int[] Ranks, (int At, int RankInBin)[] Located)?[rows.Length];
        var starts = new List<int>();
        var total = 0;
        for (var g = 0; g < rows.Length; g++)
        {
            if (rows[g] < minRows) continue;
            var ranks = Ranks(rows[g], probabilities);
            var located = new (int, int)[ranks.Length];
            var first = g * bins;
            for (int bin = 0, before = 0, r = 0; r < ranks.Length; before += counts[first + bin++])
                for (; r < ranks.Length && ranks[r] < before + counts[first + bin]; r++)
                {
                    located[r] = (first + bin, ranks[r] - before);
                    if (slot[first + bin] >= 0) continue;
                    slot[first + bin] = starts.Count;
                    starts.Add(total);
                    total += counts[first + bin];
                }
            wanted[g] = (ranks, located);
        }
        starts.Add(total);
        return (slot, [.. starts], wanted);
    }

    /// <summary>From this many rows on, percentile work is spread over several threads (the frame's cells, or the passes here).</summary>
    internal const int ParallelRows = 200_000;

    private const int BinBits = 11;

    /// <summary>Pass 1 of <see cref="Type7CentsByCode"/> over some rows: the rows of each code kept, and the range of their cents.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (long Min, long Max) CountCodes(ReadOnlySpan<long> cents, ReadOnlySpan<byte> codes, ReadOnlySpan<byte> flags, byte exclude,
        int[] perCode)
    {
        long min = long.MaxValue, max = long.MinValue;
        for (var i = 0; i < cents.Length; i++)
        {
            if ((flags[i] & exclude) != 0) continue;
            perCode[codes[i]]++;
            var v = cents[i];
            if (v < min) min = v;
            if (v > max) max = v;
        }
        return (min, max);
    }

    /// <summary>The bins of passes 2 and 3 of <see cref="Type7CentsByCode"/>: a row kept falls in cell
    /// group[code] × bins + (cents − min) ≫ shift.</summary>
    private readonly record struct Bins(int[] Group, int BinCount, long Min, int Shift, byte Exclude)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Count(ReadOnlySpan<long> cents, ReadOnlySpan<byte> codes, ReadOnlySpan<byte> flags, int[] counts)
        {
            var (group, bins, min, shift, exclude) = (Group, BinCount, (ulong)Min, Shift, Exclude);
            for (var i = 0; i < cents.Length; i++)
                if ((flags[i] & exclude) == 0) counts[group[codes[i]] * bins + (int)(((ulong)cents[i] - min) >> shift)]++;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Copy(ReadOnlySpan<long> cents, ReadOnlySpan<byte> codes, ReadOnlySpan<byte> flags, int[] slot, int[] fill, long[] kept)
        {
            var (group, bins, min, shift, exclude) = (Group, BinCount, (ulong)Min, Shift, Exclude);
            for (var i = 0; i < cents.Length; i++)
            {
                if ((flags[i] & exclude) != 0) continue;
                var s = slot[group[codes[i]] * bins + (int)(((ulong)cents[i] - min) >> shift)];
                if (s >= 0) kept[fill[s]++] = cents[i];
            }
        }
    }

    /// <summary>The order statistics that type 7 needs of <paramref name="n"/> values, ascending: x⌊h⌋, and x⌊h⌋₊₁ when h is
    /// not whole.</summary>
    private static int[] Ranks(int n, IReadOnlyList<decimal> probabilities)
    {
        var ranks = new SortedSet<int>();
        foreach (var p in probabilities)
        {
            var (lo, fraction) = Position(n, p);
            ranks.Add(lo);
            if (fraction != 0m) ranks.Add(lo + 1);
        }
        return [.. ranks];
    }

    /// <summary>Type 7 of <paramref name="n"/> values from their order statistics <paramref name="found"/> of ranks
    /// <paramref name="ranks"/>, in euros.</summary>
    private static decimal[] FromOrderStatistics(int n, IReadOnlyList<decimal> probabilities, int[] ranks, long[] found)
    {
        var results = new decimal[probabilities.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var (lo, fraction) = Position(n, probabilities[i]);
            var x0 = found[Array.BinarySearch(ranks, lo)] / 100m;
            results[i] = fraction == 0m ? x0 : Interpolate(x0, found[Array.BinarySearch(ranks, lo + 1)] / 100m, fraction);
        }
        return results;
    }
}
