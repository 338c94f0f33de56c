using MedSec.Analytics.Market;
using MedSec.Data.Frames;

namespace MedSec.Analytics.Grids;

/// <summary>
/// Market levels from the DataFrame layer (<see cref="ObservationFrame.Percentiles"/>, the one place percentiles are
/// computed, with its k suppression): the région × employer cell first, then wider cells (région only, employer type
/// nationwide, everything nationwide) until one has k observations. The market data (sample plus imported
/// observations, never payroll) are loaded on first use.
/// </summary>
public sealed class FrameMarketLevels(Func<MarketData> load) : IMarketLevels
{
    private readonly Lazy<MarketData> _data = new(load);
    private DateOnly? _newest;
    private bool _newestKnown;

    public MarketLevel Level(MarketLevelQuery query)
    {
        var data = _data.Value;
        var newest = Newest(data);
        var probabilities = new[] { query.Percentile / 100m, 0.25m, 0.75m };
        int? narrowest = null;
        foreach (var (scope, filter) in Scopes(query))
        {
            var table = data.Frame.Percentiles(new PercentileQuery(filter, [], probabilities, query.K));
            var cell = table.Cells.Count == 0 ? null : table.Cells[0];
            narrowest ??= cell?.N ?? 0;
            if (cell is { Values: { } values })
                return new MarketLevel(values[0], values[1], values[2], cell.N, scope, MostlySynthetic(data, filter, cell.N), newest);
        }
        return new MarketLevel(null, null, null, narrowest ?? 0, MarketLevel.None, data.SampleRows > data.StoredRows, newest);
    }

    private DateOnly? Newest(MarketData data)
    {
        if (_newestKnown) return _newest;
        _newest = data.Count == 0 ? null : data.Observations.Max(o => o.Observation.Date);
        _newestKnown = true;
        return _newest;
    }

    /// <summary>True when more than half of the cell's observations are synthetic.</summary>
    private static bool MostlySynthetic(MarketData data, ObservationFilter filter, int n) =>
        2 * data.Frame.Percentiles(new PercentileQuery(filter with { Synthetic = true }, [], [0.5m], 1)).Cells.Sum(c => c.N) > n;

    private static IEnumerable<(string Scope, ObservationFilter Filter)> Scopes(MarketLevelQuery q)
    {
        var experience = new ObservationFilter(MinExperience: q.MinYears, MaxExperience: q.MaxYears is { } max ? max - 0.0001m : null);
        yield return (MarketLevel.RegionEmployer, experience with { Region = q.Region, Employer = q.Employer });
        yield return (MarketLevel.RegionOnly, experience with { Region = q.Region });
        yield return (MarketLevel.EmployerOnly, experience with { Employer = q.Employer });
        yield return (MarketLevel.National, experience);
    }
}
