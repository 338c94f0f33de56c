namespace MedSec.Domain.Codes;

/// <summary>Type d'employeur.</summary>
public enum EmployerType
{
    Cabinet,
    Clinique,
    Hopital,
    CentreSante,
    Ehpad,
    MedicoSocial,
    Telesecretariat,
}
