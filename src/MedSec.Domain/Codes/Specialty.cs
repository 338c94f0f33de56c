namespace MedSec.Domain.Codes;

/// <summary>Spécialité médicale du poste.</summary>
public enum Specialty
{
    General,
    Cardiology,
    Paediatrics,
    Surgery,
    Radiology,
    Ophthalmology,
    Gynaecology,
    Other,
}
