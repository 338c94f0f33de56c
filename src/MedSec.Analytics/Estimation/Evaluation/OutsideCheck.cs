namespace MedSec.Analytics.Estimation.Evaluation;

/// <summary>
/// The model against figures from outside our own data (data/reference/market_figures.csv): its national private-sector
/// percentiles against PCS 542A 2023 (net FTE, converted to gross), and its regional private medians against the job-board
/// regional means. A model trained on our sample can only agree with the sample: these gaps are what it cannot see.
/// </summary>
/// <param name="ConversionDate">The date whose contribution rates turned the published net figures into gross.</param>
/// <param name="Notes">What the gaps mean, in French sentences.</param>
public sealed record OutsideCheck(
    IReadOnlyList<OutsideComparison> National,
    IReadOnlyList<OutsideComparison> Regional,
    DateOnly ConversionDate,
    IReadOnlyList<string> Notes);
