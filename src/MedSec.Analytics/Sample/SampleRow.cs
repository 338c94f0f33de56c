using MedSec.Domain.Codes;

namespace MedSec.Analytics.Sample;

/// <summary>The drawn attributes of one row before its pay is set (internal to the generator).</summary>
internal sealed class SampleRow
{
    public DateOnly Date;
    public Sector Sector;
    public Region Region;
    public ExperienceBand Band;
    public int Years;
    public EmployerType Employer;
    public SizeBand Size;
    public Specialty Specialty;
    public ContractType Contract;
    public decimal Hours;
    public bool Hourly;
    public double Score;
    public GradeCode Grade;
    public int YearsInGrade;
    public ResidenceZone Zone;
    public decimal FullTimeGross;
}
