namespace MedSec.Analytics.Market;

/// <summary>One cell of a market statistic: its key, how many observations, and their percentiles unless suppressed.</summary>
/// <param name="Key">The cell's value of each grouping dimension by dimension name (<c>region</c> → <c>11</c>).</param>
/// <param name="Suppressed">True when <see cref="N"/> is under k: no figure is shown.</param>
public sealed record MarketCell(
    IReadOnlyDictionary<string, string> Key,
    int N,
    bool Suppressed,
    decimal? P10,
    decimal? P25,
    decimal? Median,
    decimal? P75,
    decimal? P90);
