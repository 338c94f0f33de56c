using System.Text.Json.Serialization;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// Normalised split-conformal calibration, one per sector (Mondrian). On the calibration rows, each residual of the log
/// median is divided by the profile's scale σ(x) (<see cref="Scale"/>); the quantiles of those scores at
/// <see cref="Probabilities"/> are kept. A profile's percentile p is then exp(log median + σ(x) · q_sector(p)): the interval
/// follows the profile's own spread and widens where its cell has few observations.
/// </summary>
/// <param name="Probabilities">0.01, 0.02, … 0.99.</param>
/// <param name="Scores">The score quantiles at <see cref="Probabilities"/>, by sector code, and over all sectors under <c>all</c>.</param>
/// <param name="Rows">Calibration rows by sector code (and <c>all</c>).</param>
/// <param name="MinimumSpread">Lowest spread the scale uses (a quarter of the median out-of-fold |residual|).</param>
public sealed record IntervalCalibration(
    IReadOnlyList<double> Probabilities,
    IReadOnlyDictionary<string, double[]> Scores,
    IReadOnlyDictionary<string, int> Rows,
    double MinimumSpread)
{
    public const string AllSectors = "all";

    /// <summary>A sector with fewer calibration rows than this uses the scores of all sectors.</summary>
    public const int MinimumRowsPerSector = 50;

    public static IReadOnlyList<double> Grid { get; } = [.. Enumerable.Range(1, 99).Select(k => k / 100d)];

    /// <summary>
    /// σ(x) = max(spread, minimum) × √(1 + 1/n): the spread model's expected |residual| for the profile, widened as the
    /// variance of a cell's mean grows when the cell holds n observations (n below ½ counts as ½).
    /// </summary>
    public double Scale(double spread, int cellCount) =>
        Math.Max(spread, MinimumSpread) * Math.Sqrt(1d + 1d / Math.Max(cellCount, 0.5d));

    /// <summary>The calibrated score quantile of a sector at <paramref name="p"/> (between 0.01 and 0.99), linear between grid points.</summary>
    public double Quantile(string sector, double p)
    {
        var scores = ScoresOf(sector);
        var h = p * 100d - 1d;
        if (h <= 0d) return scores[0];
        if (h >= scores.Length - 1) return scores[^1];
        var lo = (int)Math.Floor(h);
        return scores[lo] + (h - lo) * (scores[lo + 1] - scores[lo]);
    }

    [JsonIgnore]
    public IEnumerable<string> Sectors => Scores.Keys.Where(k => k != AllSectors);

    /// <summary>The scores a sector uses: its own when it had enough calibration rows, else those of all sectors.</summary>
    public double[] ScoresOf(string sector) =>
        Scores.TryGetValue(sector, out var own) && Rows.GetValueOrDefault(sector) >= MinimumRowsPerSector ? own : Scores[AllSectors];
}
