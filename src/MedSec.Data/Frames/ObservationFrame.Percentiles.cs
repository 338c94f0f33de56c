using System.Runtime.CompilerServices;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Frames;

/// <summary>Percentiles by cell: filter, key each row, bucket the cents by key, select the order statistics per bucket.</summary>
public sealed partial class ObservationFrame
{
    private static readonly string[] ExperienceBands = ["0-1", "2-4", "5-9", "10-19", "20+"];

    public PercentileTable Percentiles(PercentileQuery? query = null)
    {
        query ??= new PercentileQuery();
        var filter = query.Filter ?? ObservationFilter.All;
        var dims = query.GroupBy ?? [];
        var probabilities = query.Probabilities ?? Frames.Percentiles.Standard;
        if (query.K < 1) throw new ArgumentOutOfRangeException(nameof(query), query.K, "k is at least 1.");
        foreach (var p in probabilities)
            if (p is < 0m or > 1m) throw new ArgumentOutOfRangeException(nameof(query), p, "A percentile is between 0 and 1.");

        var (minYear, maxYear) = dims.Contains(FrameDimension.Year) ? YearRange() : (0, 0);
        var cardinality = dims.Select(d => Cardinality(d, minYear, maxYear)).ToArray();
        var cells = 1L;
        foreach (var c in cardinality) cells = checked(cells * c);

        // A cell of the table: its key's labels, its rows, and its percentiles rounded to the cent (none under k rows).
        PercentileCell CellOf(long key, int rows, decimal[]? euros) =>
            new(Labels(dims, cardinality, key, minYear), rows, euros is { } v ? [.. v.Select(ObservationNormaliser.Cents)] : null);
        PercentileTable Table(IEnumerable<PercentileCell> result) => new(dims, probabilities, query.K, [.. result]);

        var codes = dims.Count == 1 ? CodesOf(dims[0]) : default;
        if (SimpleFilter(filter) && Count >= ByCodeRows && codes.Length == Count)
            return Table(Frames.Percentiles.Type7CentsByCode(Columns.GrossCentsMemory, codes, Columns.CodeMemory("flags"),
                (byte)filter.ExcludeFlags, probabilities, query.K).Select(g => CellOf(g.Code, g.Rows, g.Values)));
        var (ordered, counts, offsets, scratch) = BucketByKey(filter, dims, cardinality, minYear, cells);
        var selected = scratch.Length;

        // The order statistics of each cell, cells on several threads when there are many rows.
        var ps = probabilities.ToArray();
        var values = new decimal[ordered.Length][];
        void Cell(int k)
        {
            if (counts[k] < query.K) return;
            values[k] = new decimal[ps.Length];
            Frames.Percentiles.Type7Cents(scratch.AsSpan(offsets[k], counts[k]), ps, values[k]);
        }
        if (selected >= Frames.Percentiles.ParallelRows && ordered.Length > 1) Parallel.For(0, ordered.Length, Cell);
        else
            for (var k = 0; k < ordered.Length; k++) Cell(k);
        return Table(ordered.Select((key, k) => CellOf(key, counts[k], values[k])));
    }

    /// <summary>Sets the key of each row the filter keeps to 0 and of the others to −1; returns how many it keeps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Select(ObservationFilter f, long[] keys)
    {
        var flags = Columns.Flags;
        var exclude = (byte)f.ExcludeFlags;
        var onlyFlags = SimpleFilter(f);
        var selected = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var keep = (flags[i] & exclude) == 0 && (onlyFlags || Matches(f, i));
            keys[i] = keep ? 0 : -1;
            if (keep) selected++;
        }
        return selected;
    }

    /// <summary>Only flags exclude rows (the usual market query): then, with one dimension that is a code column, its bytes
    /// are the groups (<see cref="Frames.Percentiles.Type7CentsByCode"/>), and no row needs a key.</summary>
    private static bool SimpleFilter(ObservationFilter f) =>
        f with { ExcludeFlags = ObservationFlags.None } == new ObservationFilter(ExcludeFlags: ObservationFlags.None);

    /// <summary>The kept rows' cents in buckets that follow each other in key order: the distinct keys, the count and the
    /// start of each bucket, and the cents.</summary>
    private readonly record struct Buckets(long[] Ordered, int[] Counts, int[] Offsets, long[] Scratch);

    /// <summary>Keys each row (filter, then a dimension at a time), then buckets the cents by key: counts, offsets, scatter.</summary>
    private Buckets BucketByKey(ObservationFilter filter, IReadOnlyList<FrameDimension> dims, int[] cardinality, int minYear, long cells)
    {
        var keys = new long[Count];
        var selected = Select(filter, keys);
        for (var d = 0; d < dims.Count; d++) AddToKeys(keys, dims[d], cardinality[d], minYear);
        var (ordered, counts) = CountKeys(keys, cells);
        var offsets = Offsets(counts);
        var scratch = new long[selected];
        Scatter(keys, ordered, cells, offsets, scratch);
        return new Buckets(ordered, counts, offsets, scratch);
    }

    /// <summary>Where each bucket starts (and, last, where they end).</summary>
    private static int[] Offsets(int[] counts)
    {
        var offsets = new int[counts.Length + 1];
        for (var k = 0; k < counts.Length; k++) offsets[k + 1] = offsets[k] + counts[k];
        return offsets;
    }

    /// <summary>From this many rows on, a query by one code column bins the rows by code (below, keying each row costs little).</summary>
    private const int ByCodeRows = 4096;

    /// <summary>The code column of a dimension, or empty when the dimension is computed (experience band, year).</summary>
    private ReadOnlyMemory<byte> CodesOf(FrameDimension dimension) => dimension switch
    {
        FrameDimension.Sector => Columns.CodeMemory("sector"),
        FrameDimension.Region => Columns.CodeMemory("region"),
        FrameDimension.Employer => Columns.CodeMemory("employer_type"),
        FrameDimension.Size => Columns.CodeMemory("size_band"),
        FrameDimension.Specialty => Columns.CodeMemory("specialty"),
        FrameDimension.Contract => Columns.CodeMemory("contract"),
        FrameDimension.Grade => Columns.CodeMemory("grade"),
        FrameDimension.Gender => Columns.CodeMemory("gender"),
        _ => default,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddToKeys(long[] keys, FrameDimension dimension, int cardinality, int minYear)
    {
        var codes = CodesOf(dimension).Span;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] < 0) continue;
            var code = codes.IsEmpty ? Code(dimension, i, minYear) : codes[i];
            keys[i] = keys[i] * cardinality + code;
        }
    }

    /// <summary>The distinct keys in order and their counts (an array for small key spaces, a dictionary beyond).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (long[] Keys, int[] Counts) CountKeys(long[] keys, long cells)
    {
        if (cells <= DenseCells)
        {
            var dense = new int[cells];
            foreach (var key in keys)
                if (key >= 0) dense[key]++;
            var present = Enumerable.Range(0, (int)cells).Where(k => dense[k] > 0).ToArray();
            return ([.. present.Select(k => (long)k)], [.. present.Select(k => dense[k])]);
        }
        var sparse = new Dictionary<long, int>();
        foreach (var key in keys)
            if (key >= 0) sparse[key] = sparse.GetValueOrDefault(key) + 1;
        var ordered = sparse.Keys.Order().ToArray();
        return (ordered, [.. ordered.Select(k => sparse[k])]);
    }

    /// <summary>Copies the cents of each kept row into its key's bucket (the buckets follow each other in key order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Scatter(long[] keys, long[] ordered, long cells, int[] offsets, long[] scratch)
    {
        var fill = offsets[..^1];
        var gross = Columns.GrossCents;
        if (cells <= DenseCells)
        {
            var slot = new int[cells];
            for (var k = 0; k < ordered.Length; k++) slot[ordered[k]] = k;
            for (var i = 0; i < keys.Length; i++)
            {
                var key = keys[i];
                if (key >= 0) scratch[fill[slot[key]]++] = gross[i];
            }
            return;
        }
        var sparse = ordered.Select((key, k) => (key, k)).ToDictionary(p => p.key, p => p.k);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key >= 0) scratch[fill[sparse[key]]++] = gross[i];
        }
    }

    private const long DenseCells = 1 << 20;

    private bool Matches(ObservationFilter f, int i)
    {
        var c = Columns;
        if (f.Sector is { } sector && c.Sector[i] != (byte)sector) return false;
        if (f.Region is { } region && c.Region[i] != RegionIndex.Of(region)) return false;
        if (f.Employer is { } employer && c.Employer[i] != (byte)((int)employer + 1)) return false;
        if (f.Size is { } size && c.Size[i] != (byte)((int)size + 1)) return false;
        if (f.Specialty is { } specialty && c.Specialty[i] != (byte)((int)specialty + 1)) return false;
        if (f.Contract is { } contract && c.Contract[i] != (byte)((int)contract + 1)) return false;
        if (f.Grade is { } grade && c.Grade[i] != (byte)((int)grade + 1)) return false;
        if (f.Gender is { } gender && c.Gender[i] != (byte)((int)gender + 1)) return false;
        if (f.MinExperience is { } min && !(c.ExperienceAt(i) >= min)) return false;
        if (f.MaxExperience is { } max && !(c.ExperienceAt(i) <= max)) return false;
        if (f.From is { } from && c.Date[i] < from) return false;
        if (f.To is { } to && c.Date[i] > to) return false;
        if (f.Synthetic is { } synthetic && c.Synthetic[i] != synthetic) return false;
        return true;
    }

    private (int Min, int Max) YearRange()
    {
        if (Count == 0) return (0, 0);
        int min = int.MaxValue, max = int.MinValue;
        foreach (var date in Columns.Date)
        {
            min = Math.Min(min, date.Year);
            max = Math.Max(max, date.Year);
        }
        return (min, max);
    }

    private static int Cardinality(FrameDimension dimension, int minYear, int maxYear) => dimension switch
    {
        FrameDimension.Sector => Enum.GetValues<Sector>().Length,
        FrameDimension.Region => RegionIndex.Codes.Count,
        FrameDimension.Employer => Enum.GetValues<EmployerType>().Length + 1,
        FrameDimension.Size => Enum.GetValues<SizeBand>().Length + 1,
        FrameDimension.Specialty => Enum.GetValues<Specialty>().Length + 1,
        FrameDimension.Contract => Enum.GetValues<ContractType>().Length + 1,
        FrameDimension.Grade => Enum.GetValues<GradeCode>().Length + 1,
        FrameDimension.Gender => Enum.GetValues<Gender>().Length + 1,
        FrameDimension.ExperienceBand => ExperienceBands.Length + 1,
        FrameDimension.Year => maxYear - minYear + 1,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private int Code(FrameDimension dimension, int i, int minYear)
    {
        var c = Columns;
        return dimension switch
        {
            FrameDimension.Sector => c.Sector[i],
            FrameDimension.Region => c.Region[i],
            FrameDimension.Employer => c.Employer[i],
            FrameDimension.Size => c.Size[i],
            FrameDimension.Specialty => c.Specialty[i],
            FrameDimension.Contract => c.Contract[i],
            FrameDimension.Grade => c.Grade[i],
            FrameDimension.Gender => c.Gender[i],
            FrameDimension.ExperienceBand => c.ExperienceAt(i) switch
            {
                null => 0,
                < 2m => 1,
                < 5m => 2,
                < 10m => 3,
                < 20m => 4,
                _ => 5,
            },
            FrameDimension.Year => c.Date[i].Year - minYear,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
        };
    }

    private static string[] Labels(IReadOnlyList<FrameDimension> dims, int[] cardinality, long key, int minYear)
    {
        var labels = new string[dims.Count];
        for (var d = dims.Count - 1; d >= 0; d--)
        {
            var code = (int)(key % cardinality[d]);
            key /= cardinality[d];
            labels[d] = Label(dims[d], code, minYear);
        }
        return labels;
    }

    private const string Unknown = "unknown";

    private static string Label(FrameDimension dimension, int code, int minYear) => dimension switch
    {
        FrameDimension.Sector => CodeBook.Sectors.ToCode((Sector)code),
        FrameDimension.Region => RegionIndex.Codes[code],
        FrameDimension.Year => (minYear + code).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ when code == 0 => Unknown,
        FrameDimension.Employer => CodeBook.Employers.ToCode((EmployerType)(code - 1)),
        FrameDimension.Size => CodeBook.Sizes.ToCode((SizeBand)(code - 1)),
        FrameDimension.Specialty => CodeBook.Specialties.ToCode((Specialty)(code - 1)),
        FrameDimension.Contract => CodeBook.Contracts.ToCode((ContractType)(code - 1)),
        FrameDimension.Grade => CodeBook.Grades.ToCode((GradeCode)(code - 1)),
        FrameDimension.Gender => ObservationCodes.Genders.ToCode((Gender)(code - 1)),
        FrameDimension.ExperienceBand => ExperienceBands[code - 1],
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
