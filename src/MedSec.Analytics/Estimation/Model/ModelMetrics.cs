namespace MedSec.Analytics.Estimation.Model;

/// <summary>A model's scores on its held-out test rows (the figures of <c>medsec evaluate</c>).</summary>
/// <param name="MaeModel">Mean absolute error of the model's median, € per month.</param>
/// <param name="MaeBaseline">Mean absolute error of the group-median baseline, € per month.</param>
/// <param name="Coverage80">Share of test rows between the model's P10 and P90.</param>
/// <param name="Coverage80BySector">The same share by sector code.</param>
public sealed record ModelMetrics(
    int TestRows,
    decimal MaeModel,
    decimal MaeBaseline,
    double Coverage80,
    IReadOnlyDictionary<string, double> Coverage80BySector);
