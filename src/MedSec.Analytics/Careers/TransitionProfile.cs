using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>Who is about to spend a year: what the transition models condition on.</summary>
public readonly record struct TransitionProfile(
    CareerRole Role,
    Region Region,
    Specialty Specialty,
    int ExperienceYears,
    int YearsInRole);
