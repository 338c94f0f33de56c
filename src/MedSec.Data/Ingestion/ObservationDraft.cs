using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>The validated values of the current record, reused from record to record (no allocation per record).</summary>
internal struct ObservationDraft
{
    public DateOnly Date;
    public string Source;
    /// <summary>Numbers of <see cref="Source"/>, <see cref="Departement"/> and <see cref="JobTitle"/> in the import's
    /// <see cref="TextCodes"/> (0 for none).</summary>
    public int SourceCode;
    public int DepartementCode;
    public int JobTitleCode;
    public Sector Sector;
    public EmployerType? Employer;
    public SizeBand? Size;
    /// <summary>The région as its <see cref="RegionIndex"/>.</summary>
    public byte Region;
    public string? Departement;
    public decimal? ExperienceYears;
    public Specialty? Specialty;
    public string? JobTitle;
    public GradeCode? Grade;
    public int? Echelon;
    public ContractType? Contract;
    public decimal? WeeklyHours;
    public decimal PayAmount;
    public PayBasis PayBasis;
    public decimal MonthsPaid;
    public PayKind PayKind;
    public Gender? Gender;
    public bool Synthetic;

    /// <summary><see cref="PayAmount"/>, <see cref="WeeklyHours"/> and <see cref="MonthsPaid"/> in hundredths when exact
    /// (<see cref="Utf8Text.NoHundredths"/> otherwise, or when hours are absent): the integer fast path.</summary>
    public long PayCents;
    public long HoursHundredths;
    public long MonthsHundredths;

    /// <summary>Values of the unknown columns, in header order (a buffer owned by the reader).</summary>
    public string?[] Extra;

    public readonly Observation ToObservation() => new(
        Date, Source, Sector, Employer, Size, RegionIndex.At(Region), Departement, ExperienceYears, Specialty, JobTitle, Grade, Echelon,
        Contract, WeeklyHours, PayAmount, PayBasis, MonthsPaid, PayKind, Gender, Synthetic);
}
