using MedSec.Data.Geography;
using MedSec.Domain.Codes;

namespace MedSec.Data.JobAds;

/// <summary>A France Travail offer (offre d'emploi) with its fields read and interpreted; absent fields are null.</summary>
/// <param name="Line">Physical line where the offer starts in its file.</param>
/// <param name="Date">Day the offer was created (dateCreation), or null when absent or unreadable.</param>
/// <param name="ContractCode">France Travail's code (CDI, CDD, MIS, SAI, LIB…), as written.</param>
/// <param name="Contract">The contract mapped to DESIGN.md's codes, when it maps.</param>
/// <param name="ExperienceYears">The experience asked for, in years (0 for "Débutant accepté", 0.5 for "6 Mois").</param>
/// <param name="WeeklyHours">Weekly hours read from dureeTravailLibelle ("temps partiel - 27H30 Autre" → 27.5).</param>
/// <param name="PartTime">True when the offer says part time (temps partiel).</param>
/// <param name="NafCode">The employer's activity (code NAF, e.g. 86.22A).</param>
/// <param name="Departement">The département found from the postcode, the commune code or the place label.</param>
/// <param name="Salary">The salary text read, or null (then <paramref name="SalaryError"/> says why).</param>
/// <param name="ExperienceError">Why the experience text's number cannot be read ("'１２' n'est pas un nombre d'années."), or null.</param>
public sealed record JobAd(
    long Line,
    string? Id,
    string? Title,
    string? RomeCode,
    string? Appellation,
    DateOnly? Date,
    string? ContractCode,
    ContractType? Contract,
    decimal? ExperienceYears,
    string? WorkingTimeLabel,
    decimal? WeeklyHours,
    bool PartTime,
    string? NafCode,
    string? NafLabel,
    string? EmployerName,
    string? PlaceLabel,
    string? Postcode,
    DepartementInfo? Departement,
    string? SalaryText,
    SalaryStatement? Salary,
    string? SalaryError,
    string? ExperienceError = null)
{
    /// <summary>True for ROME M1609 (secrétariat et assistanat médical ou médico-social).</summary>
    public bool IsMedicalSecretary => string.Equals(RomeCode, JobAdFields.MedicalSecretaryRome, StringComparison.OrdinalIgnoreCase);
}
