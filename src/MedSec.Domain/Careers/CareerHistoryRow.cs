using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>
/// One line of a career history (parcours): the role a person held on a date, with the sector, région, specialty and
/// years of experience in the occupation at that date. Consecutive lines of a person a year apart make one yearly transition.
/// </summary>
public sealed record CareerHistoryRow(
    string PersonId,
    DateOnly Date,
    CareerRole Role,
    Sector Sector,
    Region Region,
    Specialty Specialty,
    int ExperienceYears);
