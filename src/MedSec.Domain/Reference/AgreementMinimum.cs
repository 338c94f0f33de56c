using MedSec.Domain.Codes;

namespace MedSec.Domain.Reference;

/// <summary>How a minimum is expressed in its agreement.</summary>
public enum AmountBasis
{
    Monthly,
    Annual,
}

/// <summary>A minimum wage of a collective agreement (salaire minimum conventionnel) for one level and period.</summary>
/// <param name="Level">The agreement's own level code (IDCC 1147 positionnement, 2264/2098 coefficient, …).</param>
/// <param name="HoursBasis">Monthly hours the amount is for (151.67 for a full-time month).</param>
public sealed record AgreementMinimum(
    Agreement Agreement,
    string LevelType,
    string Level,
    string? JobLabel,
    decimal Amount,
    AmountBasis Basis,
    decimal HoursBasis,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string LegalStatus,
    string Status,
    string Source);
