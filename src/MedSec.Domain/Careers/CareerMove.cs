using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>
/// A move between two roles (mobilité) from careers.csv. It becomes possible after <paramref name="MinYearsInRole"/> years in
/// the role it leaves and is typically made <paramref name="DelayYears"/> later; a training route, when named, comes
/// between leaving the old pay and earning the new one. <paramref name="ToSpecialty"/> marks a change of specialty
/// inside the secretary role. <paramref name="AnnualProbability"/> is the prior of careers.csv (share per year).
/// </summary>
public sealed record CareerMove(
    string Code,
    string Label,
    CareerRole From,
    CareerRole To,
    Specialty? ToSpecialty,
    int MinYearsInRole,
    MoveRequirement Requirement,
    string? TrainingRoute,
    decimal DelayYears,
    double AnnualProbability,
    string Status,
    string Source)
{
    public string? Note { get; init; }

    /// <summary>Where the move leads, as the transition model counts it.</summary>
    public TransitionTarget Target => new(To, ToSpecialty);
}
