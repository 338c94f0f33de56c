namespace MedSec.Data.Frames;

/// <summary>Percentiles of the full-time monthly gross over the rows a filter lets through, grouped by some dimensions.</summary>
/// <param name="GroupBy">Dimensions of the cells (none: one cell for all rows).</param>
/// <param name="Probabilities">Between 0 and 1 (default P10, P25, P50, P75, P90).</param>
/// <param name="K">Cells with fewer observations are suppressed (k-anonymity; DESIGN.md's default 5).</param>
public sealed record PercentileQuery(
    ObservationFilter? Filter = null,
    IReadOnlyList<FrameDimension>? GroupBy = null,
    IReadOnlyList<decimal>? Probabilities = null,
    int K = PercentileQuery.DefaultK)
{
    public const int DefaultK = 5;
}
