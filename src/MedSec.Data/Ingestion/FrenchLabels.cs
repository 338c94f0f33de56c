using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>The French words a spreadsheet uses for the coded values (all of them read back through <see cref="ValueAliases"/>).</summary>
public static class FrenchLabels
{
    public static string Sector(Sector value) => value switch
    {
        Domain.Codes.Sector.Public => "Public",
        Domain.Codes.Sector.Private => "Privé",
        _ => "Télésecrétariat",
    };

    public static string Employer(EmployerType value) => value switch
    {
        EmployerType.Cabinet => "Cabinet médical",
        EmployerType.Clinique => "Clinique",
        EmployerType.Hopital => "Hôpital",
        EmployerType.CentreSante => "Centre de santé",
        EmployerType.Ehpad => "EHPAD",
        EmployerType.MedicoSocial => "Médico-social",
        _ => "Télésecrétariat",
    };

    public static string Specialty(Specialty value) => value switch
    {
        Domain.Codes.Specialty.General => "Médecine générale",
        Domain.Codes.Specialty.Cardiology => "Cardiologie",
        Domain.Codes.Specialty.Paediatrics => "Pédiatrie",
        Domain.Codes.Specialty.Surgery => "Chirurgie",
        Domain.Codes.Specialty.Radiology => "Radiologie",
        Domain.Codes.Specialty.Ophthalmology => "Ophtalmologie",
        Domain.Codes.Specialty.Gynaecology => "Gynécologie",
        _ => "Autre",
    };

    public static string Contract(ContractType value) => value switch
    {
        ContractType.Cdi => "CDI",
        ContractType.Cdd => "CDD",
        ContractType.Interim => "Intérim",
        _ => "Indépendant",
    };

    public static string Basis(PayBasis value) => value switch
    {
        PayBasis.Hourly => "Horaire",
        PayBasis.Annual => "Annuel",
        _ => "Mensuel",
    };

    public static string Kind(PayKind value) => value == PayKind.Net ? "Net" : "Brut";

    public static string Gender(Gender value) => value == Domain.Observations.Gender.Female ? "F" : "H";
}
