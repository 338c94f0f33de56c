namespace MedSec.Analytics.Estimation.Evaluation;

/// <summary>One line of the outside check: the model, our own sample and a published figure, all gross € per month for 35 h.</summary>
/// <param name="Measure"><c>P10</c> … <c>P90</c> (national), or a région's name (regional).</param>
/// <param name="Model">The model's figure over the sample's private-sector profiles.</param>
/// <param name="Sample">The same statistic observed in the sample (type 7, DataFrame layer).</param>
/// <param name="Outside">The published figure, converted to gross when published net.</param>
/// <param name="Published">The published figure as published (net for PCS 542A).</param>
/// <param name="Gap">Model − outside, €.</param>
/// <param name="GapPercent">Gap / outside × 100.</param>
/// <param name="FigureId">The row of market_figures.csv.</param>
public sealed record OutsideComparison(
    string Measure,
    decimal Model,
    decimal Sample,
    decimal Outside,
    decimal Published,
    decimal Gap,
    double GapPercent,
    string FigureId);
