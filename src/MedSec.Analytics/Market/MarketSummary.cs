namespace MedSec.Analytics.Market;

/// <summary>
/// Percentiles of the monthly gross for 35 h by cell, for the dashboard: every cell under k is listed with its n but
/// without figures (k-anonymity), and the share of synthetic observations says how much of it is generated.
/// </summary>
/// <param name="N">Observations the filter lets through.</param>
/// <param name="SyntheticShare">Share of those observations that are synthetic (the bundled sample).</param>
/// <param name="From">Date of the oldest observation of the market data.</param>
/// <param name="To">Date of the newest observation of the market data.</param>
public sealed record MarketSummary(
    IReadOnlyList<string> GroupBy,
    int K,
    int N,
    int SuppressedCells,
    double SyntheticShare,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<MarketCell> Cells);
