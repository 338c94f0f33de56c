namespace MedSec.Data.Sample;

/// <summary>One published market aggregate of data/reference/market_figures.csv, with where it comes from and how sure it is.</summary>
/// <param name="Id">Stable name (<c>pcs542a_net_p50</c>) the generator's parameters refer to.</param>
/// <param name="Statistic"><c>p10</c> … <c>p90</c>, <c>mean</c>, <c>count</c>, <c>min</c>, <c>max</c>, <c>typical</c>.</param>
/// <param name="PayBasis"><c>gross</c>, <c>net FTE …</c>, or empty for non-pay figures.</param>
/// <param name="RegionCode">INSEE région code, or null for France.</param>
public sealed record MarketFigure(
    string Id,
    string Subject,
    string Statistic,
    decimal Value,
    string Unit,
    string? PayBasis,
    string Period,
    string? RegionCode,
    string Confidence,
    string Source);
