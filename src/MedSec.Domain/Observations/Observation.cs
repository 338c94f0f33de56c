using MedSec.Domain.Codes;

namespace MedSec.Domain.Observations;

/// <summary>
/// One salary data point with its source, as it was given (values mapped to the codes of DESIGN.md, amounts unchanged).
/// The schema is documented in data/README.md; <see cref="NormalisedObservation"/> adds the full-time monthly gross.
/// </summary>
/// <param name="Date">When the pay was observed (date d'observation).</param>
/// <param name="Source">Where it comes from (source): a survey, a job board, a file name.</param>
/// <param name="Region">Région (INSEE code).</param>
/// <param name="Departement">Département code (<c>07</c>, <c>2A</c>, <c>974</c>), optional.</param>
/// <param name="ExperienceYears">Years of experience (expérience), optional.</param>
/// <param name="Grade">Public grade (grade), only for the public sector.</param>
/// <param name="Echelon">Public échelon, only with a grade.</param>
/// <param name="WeeklyHours">Contract hours per week (heures hebdomadaires); absent means full time (35 h).</param>
/// <param name="PayAmount">The amount as given, in euros, for <paramref name="PayBasis"/> and <paramref name="PayKind"/>.</param>
/// <param name="MonthsPaid">Months paid per year (mois payés: 12, 13 with a 13th month…); only used with monthly and hourly pay.</param>
/// <param name="Synthetic">True for generated data (donnée synthétique), never to be shown as real.</param>
public sealed record Observation(
    DateOnly Date,
    string Source,
    Sector Sector,
    EmployerType? Employer,
    SizeBand? Size,
    Region Region,
    string? Departement,
    decimal? ExperienceYears,
    Specialty? Specialty,
    string? JobTitle,
    GradeCode? Grade,
    int? Echelon,
    ContractType? Contract,
    decimal? WeeklyHours,
    decimal PayAmount,
    PayBasis PayBasis,
    decimal MonthsPaid,
    PayKind PayKind,
    Gender? Gender,
    bool Synthetic);
