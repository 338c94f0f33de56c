using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MedSec.Data.Ingestion;

namespace MedSec.Bench;

/// <summary>
/// A probe for <c>diagnose</c>: the reader's 14 value lookups of the full file (its coded and repeated text columns), run
/// record by record as the reader does, then column by column over the same batches of records (the order of a columnar
/// validator). Both orders take their fields from the offsets of one batch at a time (found beforehand, untimed) and write
/// into one draft per record of the batch, as a validator would. It weighs what reordering the validation could save.
/// </summary>
internal static class LookupOrderProbe
{
    private const int Fields = 20;
    internal const int Batch = 128;

    /// <summary>Milliseconds for the record order and for the column order, each with fresh lookups.</summary>
    public static (double ByRecord, double ByColumn) Run(ReadOnlyMemory<byte> data, byte separator)
    {
        var (starts, ends, records) = Offsets(data, separator);
        var batchStarts = new int[Batch * Fields];
        var batchEnds = new int[Batch * Fields];
        var drafts = new Draft[Batch];

        // One order over every batch, with fresh lookups; only the order itself is timed, not the copy of a batch's offsets.
        double Time(Order order)
        {
            var lookups = new FieldLookups("probe", null, new TextCodes());
            var watch = new Stopwatch();
            for (var first = 0; first < records; first += Batch)
            {
                var count = Math.Min(Batch, records - first);
                Array.Copy(starts, first * Fields, batchStarts, 0, count * Fields);
                Array.Copy(ends, first * Fields, batchEnds, 0, count * Fields);
                watch.Start();
                order(data.Span, batchStarts, batchEnds, count, drafts, lookups);
                watch.Stop();
            }
            return watch.Elapsed.TotalMilliseconds;
        }
        return (Time(ByRecord), Time(ByColumn));
    }

    /// <summary>The lookups of one batch in one order.</summary>
    private delegate void Order(ReadOnlySpan<byte> text, int[] starts, int[] ends, int count, Draft[] drafts, FieldLookups l);

    /// <summary>The reader's order (compiled fully optimised at once, as the reader's methods are).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ByRecord(ReadOnlySpan<byte> text, int[] starts, int[] ends, int count, Draft[] drafts, FieldLookups l)
    {
        for (var r = 0; r < count; r++)
        {
            var b = r * Fields;
            ref var d = ref drafts[r];
            Get(l.Sources, At(text, starts, ends, b + 1), out d.Source);
            Get(l.Sectors, At(text, starts, ends, b + 2), out d.Sector);
            Get(l.Employers, At(text, starts, ends, b + 3), out d.Employer);
            Get(l.Sizes, At(text, starts, ends, b + 4), out d.Size);
            Get(l.Regions, At(text, starts, ends, b + 5), out d.Region);
            Get(l.Departements, At(text, starts, ends, b + 6), out d.Departement);
            Get(l.Specialties, At(text, starts, ends, b + 8), out d.Specialty);
            Get(l.JobTitles, At(text, starts, ends, b + 9), out d.JobTitle);
            Get(l.Grades, At(text, starts, ends, b + 10), out d.Grade);
            Get(l.Contracts, At(text, starts, ends, b + 12), out d.Contract);
            Get(l.Bases, At(text, starts, ends, b + 15), out d.Basis);
            Get(l.Kinds, At(text, starts, ends, b + 17), out d.Kind);
            Get(l.Genders, At(text, starts, ends, b + 18), out d.Gender);
            Get(l.Booleans, At(text, starts, ends, b + 19), out d.Synthetic);
        }
    }

    /// <summary>A columnar validator's order: each column over the batch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ByColumn(ReadOnlySpan<byte> text, int[] starts, int[] ends, int count, Draft[] drafts, FieldLookups l)
    {
        for (var r = 0; r < count; r++) Get(l.Sources, At(text, starts, ends, r * Fields + 1), out drafts[r].Source);
        for (var r = 0; r < count; r++) Get(l.Sectors, At(text, starts, ends, r * Fields + 2), out drafts[r].Sector);
        for (var r = 0; r < count; r++) Get(l.Employers, At(text, starts, ends, r * Fields + 3), out drafts[r].Employer);
        for (var r = 0; r < count; r++) Get(l.Sizes, At(text, starts, ends, r * Fields + 4), out drafts[r].Size);
        for (var r = 0; r < count; r++) Get(l.Regions, At(text, starts, ends, r * Fields + 5), out drafts[r].Region);
        for (var r = 0; r < count; r++) Get(l.Departements, At(text, starts, ends, r * Fields + 6), out drafts[r].Departement);
        for (var r = 0; r < count; r++) Get(l.Specialties, At(text, starts, ends, r * Fields + 8), out drafts[r].Specialty);
        for (var r = 0; r < count; r++) Get(l.JobTitles, At(text, starts, ends, r * Fields + 9), out drafts[r].JobTitle);
        for (var r = 0; r < count; r++) Get(l.Grades, At(text, starts, ends, r * Fields + 10), out drafts[r].Grade);
        for (var r = 0; r < count; r++) Get(l.Contracts, At(text, starts, ends, r * Fields + 12), out drafts[r].Contract);
        for (var r = 0; r < count; r++) Get(l.Bases, At(text, starts, ends, r * Fields + 15), out drafts[r].Basis);
        for (var r = 0; r < count; r++) Get(l.Kinds, At(text, starts, ends, r * Fields + 17), out drafts[r].Kind);
        for (var r = 0; r < count; r++) Get(l.Genders, At(text, starts, ends, r * Fields + 18), out drafts[r].Gender);
        for (var r = 0; r < count; r++) Get(l.Booleans, At(text, starts, ends, r * Fields + 19), out drafts[r].Synthetic);
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

    /// <summary>What the lookups give one record.</summary>
    private struct Draft
    {
        public TextRef Source;
        public TextRef JobTitle;
        public (Departement.Resolved, int) Departement;
        public int Sector, Employer, Size, Specialty, Grade, Contract, Basis, Kind, Gender, Synthetic;
        public byte Region;
    }
}
