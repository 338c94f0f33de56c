namespace MedSec.Analytics.Estimation;

/// <summary>
/// The market pay of a profile (DESIGN.md, <c>estimate</c>): percentiles of the monthly gross for 35 h, never below
/// <see cref="Floor"/>, the same for the user's hours, the observations behind it and what drives it.
/// </summary>
/// <param name="N">Observations in the profile's cell (sector × région × employer type × experience band) the model learnt from.</param>
/// <param name="Assumed">Values filled in for omitted options, by option name (<c>employer</c>, <c>size</c>…).</param>
/// <param name="Explanation">The largest effects, largest first.</param>
/// <param name="Profile">The profile the figures are for, omitted options filled in.</param>
/// <param name="Date">The date of the legal floor.</param>
/// <param name="FloorDetail">How <see cref="Floor"/> was found (SMIC or agreement minimum, as-of date).</param>
/// <param name="Synthetic">True when the model learnt mostly from synthetic observations (the bundled sample).</param>
public sealed record PayEstimate(
    decimal Median,
    decimal P10,
    decimal P25,
    decimal P75,
    decimal P90,
    decimal Floor,
    int N,
    IReadOnlyDictionary<string, string> Assumed,
    IReadOnlyList<FeatureEffect> Explanation,
    HoursEstimate AtHours,
    ModelInfo Model,
    ResolvedProfile Profile,
    DateOnly Date,
    EstimateFloor FloorDetail,
    bool Synthetic,
    IReadOnlyList<string> Warnings);
