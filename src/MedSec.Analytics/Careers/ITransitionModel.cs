using MedSec.Domain.Careers;

namespace MedSec.Analytics.Careers;

/// <summary>Yearly transition probabilities between roles (mobilités annuelles).</summary>
public interface ITransitionModel
{
    string Name { get; }

    /// <summary>
    /// The probability of each target one year after <paramref name="profile"/>, staying put (the profile's own role, no
    /// specialty) included: every value in [0, 1], summing to 1. Targets not listed have probability 0.
    /// </summary>
    IReadOnlyDictionary<TransitionTarget, double> Next(TransitionProfile profile);
}
