using MedSec.Data.Frames;

namespace MedSec.Analytics.Market;

/// <summary>
/// Market statistics for the dashboard over the DataFrame layer's percentiles (type 7, computed once, in
/// <see cref="ObservationFrame"/>): filters, n per cell, and k-anonymity suppression. Thread-safe (read only).
/// </summary>
public sealed class MarketStatistics(MarketData data)
{
    public MarketData Data => data;

    public MarketSummary Summarize(MarketQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var k = Math.Max(query.K, PercentileQuery.DefaultK);
        var filter = query.Filter ?? ObservationFilter.All;
        var dims = query.GroupBy ?? [];
        var table = data.Frame.Percentiles(new PercentileQuery(filter, dims, Percentiles.Standard, k));
        var names = dims.Select(MarketDimensions.Name).ToList();
        var cells = table.Cells.Select(c => Cell(names, c)).ToList();

        var n = Count(filter);
        var synthetic = filter.Synthetic switch
        {
            true => n,
            false => 0,
            null => n == 0 ? 0 : Count(filter with { Synthetic = true }),
        };
        var dates = data.Observations.Select(o => o.Observation.Date).ToList();
        return new MarketSummary(names, k, n, cells.Count(c => c.Suppressed), n == 0 ? 0d : synthetic / (double)n,
            dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(), cells);
    }

    private static MarketCell Cell(List<string> names, PercentileCell cell)
    {
        var key = names.Zip(cell.Key).ToDictionary(p => p.First, p => p.Second);
        return cell.Values is { } v
            ? new MarketCell(key, cell.N, false, v[0], v[1], v[2], v[3], v[4])
            : new MarketCell(key, cell.N, true, null, null, null, null, null);
    }

    private int Count(ObservationFilter filter) =>
        data.Frame.Percentiles(new PercentileQuery(filter, [], [0.5m], 1)).Cells.Sum(c => c.N);
}
