namespace MedSec.Analytics.Estimation.Model;

/// <summary>The features of a profile that the model reads (besides the sector).</summary>
public enum ProfileFeature
{
    Region,
    Experience,
    Employer,
    Size,
    Specialty,
    Contract,
}
