namespace MedSec.Data.Frames;

/// <summary>A column percentiles can be grouped by (any combination).</summary>
public enum FrameDimension
{
    Sector,
    Region,
    Employer,
    Size,
    Specialty,
    Contract,
    Grade,
    Gender,
    /// <summary>Years of experience in bands: 0-1, 2-4, 5-9, 10-19, 20+.</summary>
    ExperienceBand,
    /// <summary>The calendar year of the observation's date.</summary>
    Year,
}
