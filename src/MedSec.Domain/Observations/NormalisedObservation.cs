namespace MedSec.Domain.Observations;

/// <summary>
/// An accepted observation with its pay brought to a common measure: the monthly gross of a full-time (35 h) month,
/// 12 months a year (<see cref="MonthlyGross"/>). The original values stay in <see cref="Observation"/>.
/// </summary>
/// <param name="Line">Physical line of the input where the record starts (header = line 1).</param>
/// <param name="ConvertedFromNet">True when the amount was net and was converted with the net → gross rules.</param>
/// <param name="FlagReason">Why the observation is flagged, or null.</param>
/// <param name="Extra">Values of the input's unknown columns, by header name, kept aside (empty when none).</param>
public sealed record NormalisedObservation(
    Observation Observation,
    long Line,
    decimal MonthlyGross,
    bool ConvertedFromNet,
    ObservationFlags Flags,
    string? FlagReason,
    IReadOnlyDictionary<string, string> Extra)
{
    public bool IsFlagged => Flags != ObservationFlags.None;
}
