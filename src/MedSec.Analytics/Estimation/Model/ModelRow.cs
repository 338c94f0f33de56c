using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>One observation as the model uses it: the features, the monthly gross for 35 h and the date.</summary>
public sealed record ModelRow(
    Sector Sector,
    EmployerType? Employer,
    SizeBand? Size,
    Region Region,
    Specialty? Specialty,
    ContractType? Contract,
    decimal? ExperienceYears,
    decimal MonthlyGross,
    DateOnly Date,
    bool Synthetic)
{
    public static ModelRow From(NormalisedObservation row)
    {
        var o = row.Observation;
        return new ModelRow(o.Sector, o.Employer, o.Size, o.Region, o.Specialty, o.Contract, o.ExperienceYears,
            row.MonthlyGross, o.Date, o.Synthetic);
    }

    /// <summary>The observation back, as a monthly gross for 35 h, 12 months (for the DataFrame layer).</summary>
    public NormalisedObservation ToObservation() => new(
        new Observation(Date, "model", Sector, Employer, Size, Region, null, ExperienceYears, Specialty, null, null, null, Contract,
            null, MonthlyGross, PayBasis.Monthly, 12m, PayKind.Gross, null, Synthetic),
        0, MonthlyGross, false, ObservationFlags.None, null, new Dictionary<string, string>());

    /// <summary>The question a user would ask about this observation's job (its date, full time).</summary>
    public PayProfile ToProfile() =>
        new(Sector, Region, ExperienceYears, Specialty, Employer, Size, Contract, WeeklyHours: null, Date: Date);
}
