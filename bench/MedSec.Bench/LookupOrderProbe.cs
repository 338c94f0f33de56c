using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MedSec.Data.Ingestion;

namespace MedSec.Bench;

/// <summary>
/// A probe for <c>diagnose</c>: the reader's 14 value lookups of the full file (its coded and repeated text columns), run
/// record by record as the reader does, then column by column over batches of records (the order of a columnar
/// validator), on field offsets found beforehand. It weighs what reordering the validation could save.
/// </summary>
internal static class LookupOrderProbe
{
    private const int Fields = 20;
    private const int Batch = 4096;

    /// <summary>Milliseconds for the record order and for the column order, each with fresh lookups.</summary>
    public static (double ByRecord, double ByColumn) Run(ReadOnlyMemory<byte> data, byte separator)
    {
        var (starts, ends, records) = Offsets(data, separator);
        var text = data.Span;
        var outputs = new Outputs(records);

        var l = new FieldLookups("probe", null, new TextCodes());
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < records; r++)
        {
            var b = r * Fields;
            Get(l.Sources, At(text, starts, ends, b + 1), out outputs.Texts[0][r]);
            Get(l.Sectors, At(text, starts, ends, b + 2), out outputs.Numbers[0][r]);
            Get(l.Employers, At(text, starts, ends, b + 3), out outputs.Numbers[1][r]);
            Get(l.Sizes, At(text, starts, ends, b + 4), out outputs.Numbers[2][r]);
            Get(l.Regions, At(text, starts, ends, b + 5), out outputs.Regions[r]);
            Get(l.Departements, At(text, starts, ends, b + 6), out outputs.Departements[r]);
            Get(l.Specialties, At(text, starts, ends, b + 8), out outputs.Numbers[3][r]);
            Get(l.JobTitles, At(text, starts, ends, b + 9), out outputs.Texts[1][r]);
            Get(l.Grades, At(text, starts, ends, b + 10), out outputs.Numbers[4][r]);
            Get(l.Contracts, At(text, starts, ends, b + 12), out outputs.Numbers[5][r]);
            Get(l.Bases, At(text, starts, ends, b + 15), out outputs.Numbers[6][r]);
            Get(l.Kinds, At(text, starts, ends, b + 17), out outputs.Numbers[7][r]);
            Get(l.Genders, At(text, starts, ends, b + 18), out outputs.Numbers[8][r]);
            Get(l.Booleans, At(text, starts, ends, b + 19), out outputs.Numbers[9][r]);
        }
        var byRecord = watch.Elapsed.TotalMilliseconds;

        l = new FieldLookups("probe", null, new TextCodes());
        watch.Restart();
        for (var first = 0; first < records; first += Batch)
        {
            var last = Math.Min(records, first + Batch);
            Column(l.Sources, 1, outputs.Texts[0]);
            Column(l.Sectors, 2, outputs.Numbers[0]);
            Column(l.Employers, 3, outputs.Numbers[1]);
            Column(l.Sizes, 4, outputs.Numbers[2]);
            Column(l.Regions, 5, outputs.Regions);
            Column(l.Departements, 6, outputs.Departements);
            Column(l.Specialties, 8, outputs.Numbers[3]);
            Column(l.JobTitles, 9, outputs.Texts[1]);
            Column(l.Grades, 10, outputs.Numbers[4]);
            Column(l.Contracts, 12, outputs.Numbers[5]);
            Column(l.Bases, 15, outputs.Numbers[6]);
            Column(l.Kinds, 17, outputs.Numbers[7]);
            Column(l.Genders, 18, outputs.Numbers[8]);
            Column(l.Booleans, 19, outputs.Numbers[9]);

            void Column<T>(Utf8Lookup<T> lookup, int field, T[] output)
            {
                var span = data.Span;
                for (var r = first; r < last; r++)
                    Get(lookup, At(span, starts, ends, r * Fields + field), out output[r]);
            }
        }
        return (byRecord, watch.Elapsed.TotalMilliseconds);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> At(ReadOnlySpan<byte> text, int[] starts, int[] ends, int k) => text[starts[k]..ends[k]];

    /// <summary>As the reader: an empty field is not looked up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Get<T>(Utf8Lookup<T> lookup, ReadOnlySpan<byte> field, out T value)
    {
        if (field.IsEmpty) value = default!;
        else lookup.TryGet(field, out value);
    }

    private static (int[] Starts, int[] Ends, int Records) Offsets(ReadOnlyMemory<byte> data, byte separator)
    {
        var records = data.Span.Count((byte)'\n') + 1;
        var starts = new int[records * Fields];
        var ends = new int[records * Fields];
        var splitter = new QuoteFreeSplitter(data, separator);
        var r = 0;
        while (splitter.Read())
        {
            if (splitter.FieldCount != Fields) throw new InvalidOperationException("The probe reads the full bench file (20 columns).");
            var record = data.Span;
            for (var f = 0; f < Fields; f++)
            {
                var field = splitter.GetSpan(f);
                var offset = (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(record), ref MemoryMarshal.GetReference(field));
                starts[r * Fields + f] = offset;
                ends[r * Fields + f] = offset + field.Length;
            }
            r++;
        }
        return (starts, ends, r);
    }

    private sealed class Outputs(int records)
    {
        public readonly int[][] Numbers = [.. Enumerable.Range(0, 10).Select(_ => new int[records])];
        public readonly TextRef[][] Texts = [new TextRef[records], new TextRef[records]];
        public readonly byte[] Regions = new byte[records];
        public readonly (Departement.Resolved, int)[] Departements = new (Departement.Resolved, int)[records];
    }
}
