namespace MedSec.Data.Ingestion;

/// <summary>The columns of an observation file, in the order they are validated and written (data/README.md).</summary>
public enum ObservationField
{
    Date,
    Source,
    Sector,
    EmployerType,
    SizeBand,
    Region,
    Departement,
    ExperienceYears,
    Specialty,
    JobTitle,
    Grade,
    Echelon,
    Contract,
    WeeklyHours,
    PayAmount,
    PayBasis,
    MonthsPaid,
    GrossOrNet,
    Gender,
    Synthetic,
}
