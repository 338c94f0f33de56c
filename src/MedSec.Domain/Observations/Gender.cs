namespace MedSec.Domain.Observations;

/// <summary>Sexe, optional, for pay-gap figures (EU Pay Transparency Directive 2023/970).</summary>
public enum Gender
{
    /// <summary>Femme.</summary>
    Female,
    /// <summary>Homme.</summary>
    Male,
}
