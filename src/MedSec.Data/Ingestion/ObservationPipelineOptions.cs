namespace MedSec.Data.Ingestion;

/// <summary>Settings of <see cref="ObservationPipeline"/>.</summary>
/// <param name="Reader">Reader settings (default source, today).</param>
/// <param name="ReferenceP90">
/// The full-time monthly gross P90 that "absurd" is measured against (above <see cref="AbsurdFactor"/> × it). When null, the
/// file's own P90 is used if it has at least <see cref="MinRowsForOwnReference"/> accepted rows; otherwise
/// <paramref name="FallbackP90"/>, and without it nothing is flagged absurd.
/// </param>
/// <param name="Progress">Called now and then with (bytes read, total bytes) of the UTF-8 text, on the calling thread.</param>
/// <param name="MaxDegreeOfParallelism">
/// Threads for large inputs without quotes (default: one per core); the result is the same with one. The pay lookups
/// are then called from several threads.
/// </param>
/// <param name="FallbackP90">
/// The P90 when neither <paramref name="ReferenceP90"/> is given nor the file has enough rows (the bundled market sample's,
/// for a first small file: 210 000 € a month in a file of three rows once went unflagged); asked only then.
/// </param>
public sealed record ObservationPipelineOptions(
    ObservationReaderOptions? Reader = null,
    decimal? ReferenceP90 = null,
    Action<long, long>? Progress = null,
    int? MaxDegreeOfParallelism = null,
    Func<decimal?>? FallbackP90 = null)
{
    public int Degree => Math.Max(1, MaxDegreeOfParallelism ?? Environment.ProcessorCount);

    public const decimal AbsurdFactor = 3m;

    public const int MinRowsForOwnReference = 30;
}
