using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>
/// A role of careers.csv (métier / poste) and how it is paid. <paramref name="PayFactor"/> multiplies the market estimate
/// of the role's sector (1 for the reference roles; null for public grades, paid by their grid).
/// </summary>
public sealed record RoleDefinition(
    CareerRole Role,
    string Label,
    PayBasis PayBasis,
    EmployerType? Employer,
    decimal? PayFactor,
    string Status,
    string Source)
{
    public string Code => CareerRoles.Code(Role);
}
