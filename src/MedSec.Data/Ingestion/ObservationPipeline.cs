using System.Runtime.CompilerServices;
using MedSec.Data.Frames;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>
/// read → validate → normalise, in one pass over an input held in memory. Every record ends accepted (maybe flagged)
/// or rejected with its line, column and reason; a file that cannot be read at all ends with
/// <see cref="ObservationIngestResult.FileError"/> and nothing accepted. Never throws for bad input.
/// </summary>
public static class ObservationPipeline
{
    private const int ProgressEvery = 1 << 16;

    public static ObservationIngestResult Run(string fileName, ReadOnlyMemory<byte> content, IPayLookups lookups, ObservationPipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(lookups);
        options ??= new ObservationPipelineOptions();
        try
        {
            return RunCore(fileName, content, lookups, options);
        }
        catch (FileRejectedException e)
        {
            return new ObservationIngestResult { FileName = fileName, FileError = e.Reason };
        }
    }

    private static ObservationIngestResult RunCore(string fileName, ReadOnlyMemory<byte> content, IPayLookups lookups, ObservationPipelineOptions options)
    {
        using var reader = ObservationCsvReader.Open(fileName, content, options.Reader, options.Degree);
        var payColumn = reader.Header.NameOf(ObservationField.PayAmount);
        var chunks = Partition(reader, options.Degree);
        ObservationColumns columns;
        Part[] parts;
        if (chunks is null)
        {
            columns = new ObservationColumns(reader.Header.UnknownNames, reader.Parts.Sum(p => p.LineFeeds) + 1, reader.Texts);
            parts = [Process(reader, new ObservationNormaliser(lookups), columns, 0, int.MaxValue, options.Progress, reader.Input.Length)];
        }
        else
        {
            columns = new ObservationColumns(reader.Header.UnknownNames, chunks[^1].Start + chunks[^1].Records, reader.Texts);
            parts = ProcessInParallel(reader, chunks, lookups, columns, options.Degree, options.Progress);
        }
        columns.Gather([.. parts.Select(p => (p.Start, p.Accepted))]);
        var reference = options.ReferenceP90 ?? OwnP90(columns) ?? options.FallbackP90?.Invoke();
        if (reference is { } p90) FlagAbsurd(columns, p90);

        return new ObservationIngestResult
        {
            FileName = fileName,
            Dialect = reader.Dialect,
            Header = reader.Header.Names,
            HeaderLine = reader.HeaderLine,
            UnknownColumns = reader.Header.UnknownNames,
            Read = parts.Sum(p => p.Read),
            BlankRecords = parts.Sum(p => p.Blank),
            Rejections = [.. parts.SelectMany(p => p.Rejections)],
            RejectedRecords = [.. parts.SelectMany(p => p.RejectedRecords)],
            Observations = columns,
            Flags = CollectFlags(columns, payColumn),
            ReferenceP90 = reference,
        };
    }

    /// <summary>What one reader made of its part of the input: its accepted rows are rows Start… of the shared columns.</summary>
    private sealed record Part(int Start, int Accepted, List<Rejection> Rejections, List<ReadOnlyMemory<byte>> RejectedRecords, long Read, long Blank);

    /// <summary>Reads every record of <paramref name="reader"/>, writing the accepted ones from row <paramref name="start"/> of
    /// <paramref name="columns"/>, below row <paramref name="end"/> (the next part's first row; the columns grow only for
    /// a single reader).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Part Process(ObservationCsvReader reader, ObservationNormaliser normaliser, ObservationColumns columns, int start, int end,
        Action<long, long>? progress, long total)
    {
        var rejections = new List<Rejection>();
        var rejected = new List<ReadOnlyMemory<byte>>();
        var row = start;
        while (reader.Next())
        {
            var rejection = reader.Rejection;
            if (rejection is null)
            {
                ref readonly var draft = ref reader.Draft;
                if (normaliser.TryNormalise(draft, out var pay, out var fault))
                {
                    if (row >= end) throw new InvalidOperationException($"More records than line breaks in a part (line {reader.Line}).");
                    columns.EnsureRoom(row);
                    columns.Set(row++, draft, reader.Line, pay);
                }
                else
                    rejection = new Rejection(reader.Line, reader.Header.NameOf(fault!.Value.Field), fault.Value.Reason);
            }
            if (rejection is not null)
            {
                rejections.Add(rejection);
                rejected.Add(reader.RawRecord.ToArray());
            }
            if (progress is not null && reader.RecordsRead % ProgressEvery == 0)
                progress(Math.Min(reader.ByteOffset, total), total);
        }
        progress?.Invoke(total, total);
        return new Part(start, row - start, rejections, rejected, reader.RecordsRead, reader.BlankRecords);
    }

    /// <summary>A part of the data records, read by one thread: its text, the physical lines before it, and where its rows go
    /// in the shared columns (it has at most <paramref name="Records"/> records: its line breaks, + 1 for the last part,
    /// which may end without one). Rows of consecutive parts then follow each other when every record is accepted, and
    /// <see cref="ObservationColumns.Gather"/> has nothing to move.</summary>
    /// <param name="OneLinePerRecord">Whether the part has no empty line, at its start or inside (then each of its records
    /// is one line).</param>
    private sealed record Chunk(ReadOnlyMemory<byte> Text, long LinesBefore, int Start, int Records, bool OneLinePerRecord);

    /// <summary>
    /// Where to cut the data records for several threads, or null to read them in one pass: the parts of the decoder's
    /// scan, from the first data record on. Only inputs without any quote, with plain line breaks (every CR followed by LF)
    /// and whole counts (a text behind a UTF-8 byte order mark is taken as UTF-8 unchecked, and the scan of a part that is
    /// not may stop early) are cut: there every line break ends a record, so each part (cut just after a line feed) starts at a
    /// record and the line numbers of a part follow from the line breaks before it; the result is the same as in one pass.
    /// </summary>
    private static Chunk[]? Partition(ObservationCsvReader reader, int degree)
    {
        if (degree < 2) return null;
        var parts = TextPart.After(reader.Parts, reader.DataStart, reader.Input.Span);
        if (parts.Length < 2 || !Array.TrueForAll(parts, p => p.Plain)) return null;

        var data = reader.Input[reader.DataStart..];
        var chunks = new Chunk[parts.Length];
        var linesBefore = reader.LinesBeforeData;
        var start = 0;
        for (var k = 0; k < chunks.Length; k++)
        {
            // Every part but the last ends with a line break (the cuts follow one), so each of its records ends with one.
            var records = k < chunks.Length - 1 ? parts[k].LineFeeds : parts[k].LineFeeds + 1;
            var text = data[parts[k].Start..parts[k].End];
            // The scan sees an empty line inside a part; one at its start follows the line feed that ends the part before.
            var oneLinePerRecord = !parts[k].HasEmptyLine && !text.Span.StartsWith("\n"u8) && !text.Span.StartsWith("\r\n"u8);
            chunks[k] = new Chunk(text, linesBefore, start, records, oneLinePerRecord);
            linesBefore += parts[k].LineFeeds;
            start += records;
        }
        return chunks;
    }

    /// <summary>
    /// Reads the chunks on up to <paramref name="degree"/> threads, the calling thread included (it alone reports progress).
    /// Each thread takes the next chunk not yet taken until none is left, with one set of value caches of its own.
    /// </summary>
    private static Part[] ProcessInParallel(ObservationCsvReader reader, Chunk[] chunks, IPayLookups lookups, ObservationColumns columns,
        int degree, Action<long, long>? progress)
    {
        var total = chunks.Sum(c => (long)c.Text.Length);
        var done = new long[chunks.Length];
        var parts = new Part[chunks.Length];
        var next = -1;
        void Work(bool reports)
        {
            var values = reader.NewFieldLookups();
            var normaliser = new ObservationNormaliser(lookups);
            int k;
            while ((k = Interlocked.Increment(ref next)) < chunks.Length)
            {
                var chunk = chunks[k];
                var index = k;
                using var part = new ObservationCsvReader(reader, chunk.Text, chunk.LinesBefore, chunk.OneLinePerRecord, values);
                parts[k] = Process(part, normaliser, columns, chunk.Start, chunk.Start + chunk.Records, (bytes, _) =>
                {
                    Volatile.Write(ref done[index], bytes);
                    if (reports) progress?.Invoke(done.Sum(), total);
                }, chunk.Text.Length);
            }
        }

        var others = Enumerable.Range(1, Math.Min(degree, chunks.Length) - 1).Select(_ => Task.Run(() => Work(reports: false))).ToArray();
        try
        {
            Work(reports: true);
            while (!Task.WaitAll(others, 100)) progress?.Invoke(done.Sum(), total);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<FileRejectedException>().FirstOrDefault() is { } rejected)
        {
            throw rejected;
        }
        progress?.Invoke(total, total);
        return parts;
    }

    private static decimal? OwnP90(ObservationColumns columns) =>
        columns.Count < ObservationPipelineOptions.MinRowsForOwnReference ? null : ReferenceP90(columns.GrossCents.ToArray());

    /// <summary>
    /// The P90 "absurd" is measured against, to the cent, of full-time monthly grosses in cents (reordered in place): the
    /// file's own, the store's or the sample's (ImportService), always computed alike.
    /// </summary>
    public static decimal ReferenceP90(Span<long> grossCents)
    {
        Span<decimal> result = stackalloc decimal[1];
        Percentiles.Type7Cents(grossCents, [0.90m], result);
        return ObservationNormaliser.Cents(result[0]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FlagAbsurd(ObservationColumns columns, decimal p90)
    {
        var limitCents = (long)decimal.Floor(ObservationPipelineOptions.AbsurdFactor * p90 * 100m);
        var gross = columns.GrossCents;
        string? reason = null;
        for (var i = 0; i < gross.Length; i++)
        {
            if (gross[i] <= limitCents) continue;
            reason ??= $"Plus de {IngestText.Number(ObservationPipelineOptions.AbsurdFactor)} fois le P90 de référence d'un mois à temps plein " +
                $"({IngestText.Euros(p90)}) : faute de frappe ou mauvaise base de salaire ?";
            columns.Flag(i, ObservationFlags.Absurd, reason);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<FlaggedRecord> CollectFlags(ObservationColumns columns, string payColumn)
    {
        var flags = columns.Flags;
        var result = new List<FlaggedRecord>();
        for (var i = 0; i < flags.Length; i++)
            if (flags[i] != 0) result.Add(new FlaggedRecord(columns.Line[i], payColumn, columns.FlagReasonAt(i)!));
        return result;
    }
}
