namespace MedSec.Domain.Transparency;

/// <summary>
/// The median of a non-empty list of amounts. Percentiles are computed in one place, the DataFrame layer
/// (<c>MedSec.Data.Frames.Percentiles</c>, type 7); the pure rules receive it as a function.
/// </summary>
public delegate decimal MedianFunction(IReadOnlyList<decimal> values);
