using MedSec.Analytics.Market;
using MedSec.Data.Frames;

namespace MedSec.Analytics.Grids;

/// <summary>
/// Market levels from the DataFrame layer (<see cref="ObservationFrame.Percentiles"/>, the one place percentiles are
/// computed, with its k suppression): the région × employer cell first, then wider cells (région only, employer type
/// nationwide, everything nationwide) until one has k observations. The market data (sample plus imported
/// observations, never payroll) are asked of <paramref name="data"/> at each question, so a reload after an import is
/// seen.
/// </summary>
public sealed class FrameMarketLevels(Func<MarketData> data) : IMarketLevels
{
    private NewestObservation? _newest;

    /// <summary>The newest observation's date of one market data (swapped whole, so readers on other threads see a consistent pair).</summary>
    private sealed record NewestObservation(MarketData Data, DateOnly? Date);

    public MarketLevel Level(MarketLevelQuery query)
    {
        var market = data();
        var newest = Newest(market);
        var probabilities = new[] { query.Percentile / 100m, 0.25m, 0.75m };
        int? narrowest = null;
        foreach (var (scope, filter) in Scopes(query))
        {
            var table = market.Frame.Percentiles(new PercentileQuery(filter, [], probabilities, query.K));
            var cell = table.Cells.Count == 0 ? null : table.Cells[0];
            narrowest ??= cell?.N ?? 0;
            if (cell is { Values: { } values })
                return new MarketLevel(values[0], values[1], values[2], cell.N, scope, SyntheticCount(market, filter), newest);
        }
        return new MarketLevel(null, null, null, narrowest ?? 0, MarketLevel.None, 0, newest);
    }

    /// <summary>The newest observation's date, computed once per market data.</summary>
    private DateOnly? Newest(MarketData market)
    {
        if (_newest is { } known && ReferenceEquals(known.Data, market)) return known.Date;
        var newest = market.Count == 0 ? (DateOnly?)null : market.Observations.Max(o => o.Observation.Date);
        _newest = new NewestObservation(market, newest);
        return newest;
    }

    /// <summary>How many of the cell's observations are synthetic.</summary>
    private static int SyntheticCount(MarketData data, ObservationFilter filter) =>
        data.Frame.Percentiles(new PercentileQuery(filter with { Synthetic = true }, [], [0.5m], 1)).Cells.Sum(c => c.N);

    private static IEnumerable<(string Scope, ObservationFilter Filter)> Scopes(MarketLevelQuery q)
    {
        var experience = new ObservationFilter(MinExperience: q.MinYears, MaxExperience: q.MaxYears is { } max ? max - 0.0001m : null);
        yield return (MarketLevel.RegionEmployer, experience with { Region = q.Region, Employer = q.Employer });
        yield return (MarketLevel.RegionOnly, experience with { Region = q.Region });
        yield return (MarketLevel.EmployerOnly, experience with { Employer = q.Employer });
        yield return (MarketLevel.National, experience);
    }
}
