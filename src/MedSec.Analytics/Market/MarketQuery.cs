using MedSec.Data.Frames;

namespace MedSec.Analytics.Market;

/// <summary>Which observations a market statistic covers and how it is broken down.</summary>
/// <param name="GroupBy">Dimensions of the cells (none: one cell).</param>
/// <param name="K">Cells with fewer observations are not shown (at least <see cref="PercentileQuery.DefaultK"/>).</param>
public sealed record MarketQuery(
    ObservationFilter? Filter = null,
    IReadOnlyList<FrameDimension>? GroupBy = null,
    int K = PercentileQuery.DefaultK);
