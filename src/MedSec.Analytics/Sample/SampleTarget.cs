namespace MedSec.Analytics.Sample;

/// <summary>A percentile the private rows are calibrated on: the published net figure and its gross by the pay service.</summary>
/// <param name="Probability">0.10 for P10 …</param>
/// <param name="FigureId">The market figure (data/reference/market_figures.csv) the net value comes from.</param>
public sealed record SampleTarget(decimal Probability, string FigureId, decimal Net, decimal Gross);
