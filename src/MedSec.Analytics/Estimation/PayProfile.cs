using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation;

/// <summary>
/// What a user asks the pay estimator about (profil): the options of <c>medsec estimate</c> and <c>GET /api/estimate</c>.
/// Options left null are filled in from the data (see <see cref="PayEstimate.Assumed"/>).
/// </summary>
/// <param name="ExperienceYears">Years of experience (expérience); null only for observations that lack it (evaluation).</param>
/// <param name="WeeklyHours">Contract hours per week (heures hebdomadaires) for <see cref="PayEstimate.AtHours"/>; null means 35 h.</param>
/// <param name="Date">The date of the legal floor (date); null means today.</param>
public sealed record PayProfile(
    Sector Sector,
    Region Region,
    decimal? ExperienceYears,
    Specialty? Specialty = null,
    EmployerType? Employer = null,
    SizeBand? Size = null,
    ContractType? Contract = null,
    decimal? WeeklyHours = null,
    DateOnly? Date = null);
