namespace MedSec.Analytics.Estimation.Model;

/// <summary>Observations with these values of sector, employer, size, specialty and contract.</summary>
public sealed record ComboCount(string Sector, string Employer, string Size, string Specialty, string Contract, int Count);
