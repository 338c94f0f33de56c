namespace MedSec.Data.Reference;

/// <summary>One published aggregate of market_figures.csv (see data/reference/SOURCES.md), as published.</summary>
/// <param name="Id">The stable key, e.g. <c>pcs542a_net_p50</c> or <c>jobboard_mean_11</c>.</param>
/// <param name="Statistic"><c>p10</c> … <c>p90</c>, <c>mean</c>, <c>count</c>, <c>min</c>, <c>max</c>, <c>typical</c>.</param>
/// <param name="PayBasis"><c>gross</c>, <c>net FTE (annual net / 12)</c>, <c>net FTE (EQTP)</c>, or empty.</param>
/// <param name="RegionCode">INSEE région code for a regional figure, else null.</param>
public sealed record MarketFigure(
    string Id,
    string Subject,
    string Statistic,
    decimal Value,
    string Unit,
    string PayBasis,
    string Period,
    string? RegionCode,
    string Confidence,
    string Source);
