using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Frames;

/// <summary>Which observations an aggregate covers; every criterion left null lets all rows through.</summary>
/// <param name="MinExperience">Inclusive lower bound of years of experience (rows without experience are then left out).</param>
/// <param name="MaxExperience">Inclusive upper bound of years of experience.</param>
/// <param name="From">First date included.</param>
/// <param name="To">Last date included.</param>
/// <param name="Synthetic">true: only synthetic rows; false: only real rows; null: both.</param>
/// <param name="ExcludeFlags">Rows carrying any of these flags are left out (by default the absurd ones).</param>
public sealed record ObservationFilter(
    Sector? Sector = null,
    Region? Region = null,
    EmployerType? Employer = null,
    SizeBand? Size = null,
    Specialty? Specialty = null,
    ContractType? Contract = null,
    GradeCode? Grade = null,
    Gender? Gender = null,
    decimal? MinExperience = null,
    decimal? MaxExperience = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool? Synthetic = null,
    ObservationFlags ExcludeFlags = ObservationFlags.Absurd)
{
    public static readonly ObservationFilter All = new();
}
