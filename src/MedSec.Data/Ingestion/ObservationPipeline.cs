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
        using var reader = ObservationCsvReader.Open(fileName, content, options.Reader);
        var payColumn = reader.Header.NameOf(ObservationField.PayAmount);
        var chunks = Partition(reader, options.Degree);
        var parts = chunks is null
            ? [Process(reader, lookups, content.Span.Count((byte)'\n') + 1, options.Progress, content.Length)]
            : ProcessInParallel(reader, chunks, lookups, options.Progress);

        var columns = parts[0].Columns;
        foreach (var part in parts.Skip(1)) columns.Append(part.Columns);
        var reference = options.ReferenceP90 ?? OwnP90(columns);
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

    /// <summary>What one reader made of its part of the input.</summary>
    private sealed record Part(ObservationColumns Columns, List<Rejection> Rejections, List<ReadOnlyMemory<byte>> RejectedRecords, long Read, long Blank);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Part Process(ObservationCsvReader reader, IPayLookups lookups, int capacity, Action<long, long>? progress, long total)
    {
        var normaliser = new ObservationNormaliser(lookups);
        var columns = new ObservationColumns(reader.Header.UnknownNames, capacity);
        var rejections = new List<Rejection>();
        var rejected = new List<ReadOnlyMemory<byte>>();
        var kindColumn = reader.Header.NameOf(ObservationField.GrossOrNet);
        while (reader.Next())
        {
            var rejection = reader.Rejection;
            if (rejection is null)
            {
                ref readonly var draft = ref reader.Draft;
                if (normaliser.TryNormalise(draft, out var pay, out var error))
                    columns.Add(draft, reader.Line, pay);
                else
                    rejection = new Rejection(reader.Line, kindColumn, error!);
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
        return new Part(columns, rejections, rejected, reader.RecordsRead, reader.BlankRecords);
    }

    /// <summary>
    /// Where to cut the data records for several threads, or null to read them in one pass. Only inputs without any
    /// quote and with plain line breaks are cut: there every line break ends a record, so each part starts at a record
    /// and the line numbers of a part follow from the line breaks before it; the result is the same as in one pass.
    /// </summary>
    private static List<(ReadOnlyMemory<byte> Chunk, long LinesBefore)>? Partition(ObservationCsvReader reader, int degree)
    {
        var data = reader.Input[reader.DataStart..];
        var span = data.Span;
        if (degree < 2 || span.Length < MinParallelBytes || span.Contains((byte)'"')) return null;
        if (span.Count((byte)'\r') != span.Count("\r\n"u8)) return null;
        var linesBefore = (reader.Dialect.SeparatorLine ? 1L : 0L) + 1;
        var chunks = new List<(ReadOnlyMemory<byte>, long)>();
        var start = 0;
        for (var k = 1; k <= degree; k++)
        {
            var end = span.Length;
            if (k < degree)
            {
                var target = Math.Max(start, (int)((long)span.Length * k / degree));
                var newline = span[target..].IndexOf((byte)'\n');
                end = newline < 0 ? span.Length : target + newline + 1;
            }
            if (end <= start) continue;
            chunks.Add((data[start..end], linesBefore));
            linesBefore += span[start..end].Count((byte)'\n');
            start = end;
        }
        return chunks.Count > 1 ? chunks : null;
    }

    private const int MinParallelBytes = 1 << 20;

    private static Part[] ProcessInParallel(ObservationCsvReader reader, List<(ReadOnlyMemory<byte> Chunk, long LinesBefore)> chunks,
        IPayLookups lookups, Action<long, long>? progress)
    {
        var total = chunks.Sum(c => (long)c.Chunk.Length);
        var done = new long[chunks.Count];
        // The first part's columns get room for every record, so the others are appended without growing them.
        var records = chunks.Select(c => c.Chunk.Span.Count((byte)'\n') + 1).ToArray();
        Part Run(int k, Action<long, long> report)
        {
            using var part = new ObservationCsvReader(reader, chunks[k].Chunk, chunks[k].LinesBefore);
            return Process(part, lookups, k == 0 ? records.Sum() : records[k], report, chunks[k].Chunk.Length);
        }

        // The calling thread reads the first part (and reports progress); the others run on the thread pool.
        var others = Enumerable.Range(1, chunks.Count - 1)
            .Select(k => Task.Run(() => Run(k, (bytes, _) => Volatile.Write(ref done[k], bytes))))
            .ToArray();
        Part first;
        try
        {
            first = Run(0, (bytes, _) =>
            {
                Volatile.Write(ref done[0], bytes);
                progress?.Invoke(done.Sum(), total);
            });
            while (!Task.WaitAll(others, 100)) progress?.Invoke(done.Sum(), total);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<FileRejectedException>().FirstOrDefault() is { } rejected)
        {
            throw rejected;
        }
        progress?.Invoke(total, total);
        return [first, .. others.Select(t => t.Result)];
    }

    private static decimal? OwnP90(ObservationColumns columns)
    {
        if (columns.Count < ObservationPipelineOptions.MinRowsForOwnReference) return null;
        var cents = columns.GrossCents.ToArray();
        Span<decimal> result = stackalloc decimal[1];
        Percentiles.Type7Cents(cents, [0.90m], result);
        return ObservationNormaliser.Cents(result[0]);
    }

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

    private static List<FlaggedRecord> CollectFlags(ObservationColumns columns, string payColumn)
    {
        var flags = columns.Flags;
        var result = new List<FlaggedRecord>();
        for (var i = 0; i < flags.Length; i++)
            if (flags[i] != 0) result.Add(new FlaggedRecord(columns.Line[i], payColumn, columns.FlagReason[i]!));
        return result;
    }
}
