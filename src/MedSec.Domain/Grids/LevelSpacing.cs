namespace MedSec.Domain.Grids;

/// <summary>
/// How far apart the levels of a designed grid are. The market has no notion of level (an observation has an experience,
/// not a classification), so the grid centres its middle level on the market percentile and spaces the levels
/// geometrically by a gap: the agreement's own hierarchy when it has several secretary levels (the mean ratio between
/// consecutive minima), else a design choice the user can change.
/// </summary>
public static class LevelSpacing
{
    /// <summary>Gap used when the agreement gives none (one secretary level, or no agreement): a design choice, 3 % a level.</summary>
    public const decimal DefaultGap = 0.03m;

    public const decimal MaxGap = 0.50m;

    /// <summary>
    /// The mean gap between consecutive levels of a hierarchy of minima, lowest first: (last / first)^(1 / (n − 1)) − 1,
    /// to 4 decimals; null when there are fewer than two levels or the minima do not rise.
    /// </summary>
    public static decimal? FromMinima(IReadOnlyList<decimal> minima)
    {
        if (minima.Count < 2 || minima[0] <= 0 || minima[^1] <= minima[0]) return null;
        var ratio = Math.Pow((double)(minima[^1] / minima[0]), 1d / (minima.Count - 1));
        return Math.Round((decimal)ratio - 1m, 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The multiplier of level <paramref name="level"/> (1 = lowest) among <paramref name="levels"/>:
    /// (1 + gap)^(level − centre), centre = (levels + 1) / 2, to 6 decimals. The middle level (or the middle of the two
    /// middle ones) sits on the market.
    /// </summary>
    public static decimal Multiplier(int level, int levels, decimal gap)
    {
        if (gap < 0 || gap > MaxGap) throw GridErrors.LevelGapOutOfRange(gap);
        var exponent = level - (levels + 1) / 2d;
        return Math.Round((decimal)Math.Pow((double)(1m + gap), exponent), 6, MidpointRounding.AwayFromZero);
    }
}
