namespace MedSec.Domain.Codes;

/// <summary>Type de contrat.</summary>
public enum ContractType
{
    Cdi,
    Cdd,
    Interim,
    Freelance,
}
