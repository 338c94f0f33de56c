namespace MedSec.Data.Frames;

/// <summary>Percentiles per cell; only cells with at least one observation are listed, in key order.</summary>
public sealed record PercentileTable(
    IReadOnlyList<FrameDimension> Dimensions,
    IReadOnlyList<decimal> Probabilities,
    int K,
    IReadOnlyList<PercentileCell> Cells)
{
    /// <summary>The cell with this key (codes in dimension order), or null.</summary>
    public PercentileCell? Cell(params string[] key) => Cells.FirstOrDefault(c => c.Key.SequenceEqual(key));

    /// <summary>The value of <paramref name="probability"/> in a cell, or null when suppressed.</summary>
    public decimal? Value(PercentileCell cell, decimal probability)
    {
        var index = Probabilities.ToList().IndexOf(probability);
        if (index < 0) throw new ArgumentException($"The table has no P{probability * 100}.", nameof(probability));
        return cell.Values?[index];
    }
}
