namespace MedSec.Analytics.Estimation;

/// <summary>One line of an estimate's explanation: how much a value of the profile moves the median.</summary>
/// <param name="Feature">The option (<c>region</c>, <c>experience</c>, <c>employer</c>, <c>size</c>, <c>specialty</c>, <c>contract</c>).</param>
/// <param name="Value">The profile's value (its code; years for experience).</param>
/// <param name="Effect">€ per month (35 h), against the reference: the sector's mix of the other values, or no experience.</param>
/// <param name="Text">The same in words a job seeker reads: <c>Île-de-France : +180 €</c>.</param>
public sealed record FeatureEffect(string Feature, string Value, decimal Effect, string Text);
