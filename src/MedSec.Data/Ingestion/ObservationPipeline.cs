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
        var normaliser = new ObservationNormaliser(lookups);
        var capacity = content.Span.Count((byte)'\n') + 1;
        var columns = new ObservationColumns(reader.Header.UnknownNames, capacity);
        var rejections = new List<Rejection>();
        var rejected = new List<ReadOnlyMemory<byte>>();
        var payColumn = reader.Header.NameOf(ObservationField.PayAmount);
        var kindColumn = reader.Header.NameOf(ObservationField.GrossOrNet);
        var total = content.Length;

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
            if (options.Progress is not null && reader.RecordsRead % ProgressEvery == 0)
                options.Progress(Math.Min(reader.ByteOffset, total), total);
        }
        options.Progress?.Invoke(total, total);

        var reference = options.ReferenceP90 ?? OwnP90(columns);
        if (reference is { } p90) FlagAbsurd(columns, p90);

        return new ObservationIngestResult
        {
            FileName = fileName,
            Dialect = reader.Dialect,
            Header = reader.Header.Names,
            HeaderLine = reader.HeaderLine,
            UnknownColumns = reader.Header.UnknownNames,
            Read = reader.RecordsRead,
            BlankRecords = reader.BlankRecords,
            Rejections = rejections,
            RejectedRecords = rejected,
            Observations = columns,
            Flags = CollectFlags(columns, payColumn),
            ReferenceP90 = reference,
        };
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
