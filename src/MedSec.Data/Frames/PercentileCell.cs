namespace MedSec.Data.Frames;

/// <summary>One cell of a percentile table.</summary>
/// <param name="Key">The cell's value of each grouping dimension, as codes (<c>private</c>, <c>11</c>, <c>5-9</c>, <c>unknown</c>).</param>
/// <param name="N">Observations in the cell.</param>
/// <param name="Values">Monthly gross at each probability, rounded to the cent; null when the cell is suppressed (N &lt; k).</param>
public sealed record PercentileCell(IReadOnlyList<string> Key, int N, IReadOnlyList<decimal>? Values)
{
    public bool Suppressed => Values is null;
}
