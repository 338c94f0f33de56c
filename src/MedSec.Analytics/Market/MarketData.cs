using MedSec.Analytics.Imports;
using MedSec.Analytics.Pay;
using MedSec.Data.Frames;
using MedSec.Data.Ingestion;
using MedSec.Data.Reference;
using MedSec.Data.Store;
using MedSec.Domain.Observations;

namespace MedSec.Analytics.Market;

/// <summary>
/// The market observations the product computes with: the bundled synthetic sample (<c>data/sample/observations.csv</c>,
/// read through the ingestion pipeline) plus, when asked, the observations imported into the local store.
/// Imported payroll is never part of it (it lives in its own table).
/// </summary>
public sealed class MarketData
{
    private MarketData(IReadOnlyList<NormalisedObservation> observations, int sampleRows, int storedRows, string? sampleFile)
    {
        Observations = observations;
        SampleRows = sampleRows;
        StoredRows = storedRows;
        SampleFile = sampleFile;
        Frame = ObservationFrame.From(observations as IReadOnlyCollection<NormalisedObservation> ?? [.. observations]);
    }

    public IReadOnlyList<NormalisedObservation> Observations { get; }

    /// <summary>The DataFrame layer over <see cref="Observations"/>: the one place percentiles are computed.</summary>
    public ObservationFrame Frame { get; }

    public int SampleRows { get; }

    public int StoredRows { get; }

    public string? SampleFile { get; }

    public int Count => Observations.Count;

    /// <summary><c>$MEDSEC_DATA/sample/observations.csv</c>, or the copy bundled in the program's output.</summary>
    public static string DefaultSampleFile() =>
        Path.Combine(Path.GetDirectoryName(ReferenceDataLoader.DefaultDirectory())!, "sample", "observations.csv");

    /// <summary>
    /// Reads the sample (when <paramref name="sampleFile"/> is given) and the store's observations (when
    /// <paramref name="databasePath"/> names an existing store). The sample's rejected rows, if any, are left out.
    /// </summary>
    /// <exception cref="InvalidOperationException">The sample file cannot be read at all.</exception>
    public static MarketData Load(IPayService pay, string? sampleFile, string? databasePath)
    {
        var rows = new List<NormalisedObservation>();
        if (sampleFile is not null)
        {
            byte[] content;
            try
            {
                content = InputFile.Read(sampleFile);
            }
            catch (FileRejectedException e)
            {
                throw new InvalidOperationException($"Échantillon illisible ({sampleFile}) : {e.Reason}", e);
            }
            var result = ObservationPipeline.Run(Path.GetFileName(sampleFile), content, new PayServiceLookups(pay));
            if (result.FileError is { } error) throw new InvalidOperationException($"Échantillon refusé ({sampleFile}) : {error}");
            rows.AddRange(result.Observations.Rows);
        }
        var sampleRows = rows.Count;
        if (databasePath is not null && File.Exists(databasePath))
        {
            using var store = ObservationStore.Open(databasePath);
            rows.AddRange(store.LoadObservations().Rows);
        }
        return new MarketData(rows, sampleRows, rows.Count - sampleRows, sampleFile);
    }

    /// <summary>Market data over given observations (tests, notebooks).</summary>
    public static MarketData From(IReadOnlyList<NormalisedObservation> observations) => new(observations, observations.Count, 0, null);
}
