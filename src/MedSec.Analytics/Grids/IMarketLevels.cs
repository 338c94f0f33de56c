using MedSec.Domain.Codes;

namespace MedSec.Analytics.Grids;

/// <summary>
/// The market level of a profile: a percentile of the full-time monthly gross of the market observations in a région,
/// for an employer type and a range of experience, with the band around it and the number of observations behind it.
/// Never includes imported payroll (it lives in its own table). The grid designer's only view of the market.
/// </summary>
public interface IMarketLevels
{
    MarketLevel Level(MarketLevelQuery query);
}

/// <param name="MinYears">Inclusive lower bound of experience (years).</param>
/// <param name="MaxYears">Exclusive upper bound of experience; null: no upper bound.</param>
/// <param name="Percentile">0–100.</param>
/// <param name="K">Cells with fewer observations are not used (k-anonymity).</param>
public sealed record MarketLevelQuery(Region Region, EmployerType Employer, int MinYears, int? MaxYears, decimal Percentile, int K);

/// <summary>A market figure and where it comes from.</summary>
/// <param name="Value">The percentile asked (monthly gross, 35 h), null when no cell has k observations.</param>
/// <param name="P25">First quartile of the same cell (the market band's lower edge).</param>
/// <param name="P75">Third quartile of the same cell (the band's upper edge).</param>
/// <param name="N">Observations in the cell used (or in the narrowest cell tried, when none was used).</param>
/// <param name="Scope">Which cell answered: <c>region-employer</c>, <c>region</c>, <c>employer</c>, <c>national</c>, or <c>none</c>.</param>
/// <param name="SyntheticN">How many of the cell's <paramref name="N"/> observations are synthetic (0 when no cell was used).</param>
/// <param name="NewestObservation">Date of the newest market observation (null when there are none).</param>
public sealed record MarketLevel(decimal? Value, decimal? P25, decimal? P75, int N, string Scope, int SyntheticN, DateOnly? NewestObservation = null)
{
    /// <summary>The figure counts synthetic observations, however few: the screen showing it must say so (DESIGN.md).</summary>
    public bool Synthetic => SyntheticN > 0;

    public const string RegionEmployer = "region-employer";
    public const string RegionOnly = "region";
    public const string EmployerOnly = "employer";
    public const string National = "national";
    public const string None = "none";
}
