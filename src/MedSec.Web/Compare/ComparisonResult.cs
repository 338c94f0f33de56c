using MedSec.Analytics.Estimation;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Web.Compare;

/// <summary>A median and its P25–P75 range, in euros per month; <see cref="Annual"/> is the same × 12.</summary>
public sealed record PayRange(decimal P25, decimal Median, decimal P75)
{
    public PayRange Annual => new(P25 * WorkingTime.MonthsPerYear, Median * WorkingTime.MonthsPerYear, P75 * WorkingTime.MonthsPerYear);
}

/// <summary>One sector's column: the estimate, and its quartiles gross and net, for full time and for the person's hours.</summary>
public sealed record SectorComparison(
    Sector Sector,
    bool Asked,
    PayEstimate Estimate,
    PayRange GrossFullTime,
    PayRange NetFullTime,
    PayRange GrossAtHours,
    PayRange NetAtHours);

/// <summary>
/// Where the person would stand on the public grid: the échelon of <see cref="Grade"/> reached after their years of
/// experience counted as seniority from échelon 1 (current durations, no grade promotion), paid at <see cref="Pay"/>'s date.
/// </summary>
public sealed record PublicGridEquivalent(string Grade, int Echelon, PublicPay Pay);

/// <summary>Where the profile is (région, and the département when a postcode gave it).</summary>
public sealed record ProfilePlace(string RegionCode, string RegionName, string? Postcode, string? Departement);

/// <summary>The three sectors side by side for one profile, at one date.</summary>
public sealed record ComparisonResult(
    ProfilePlace Place,
    decimal Experience,
    decimal WeeklyHours,
    DateOnly Date,
    IReadOnlyList<SectorComparison> Sectors,
    PublicGridEquivalent? PublicGrid)
{
    public bool IsFullTime => WeeklyHours == WorkingTime.FullTimeWeeklyHours;

    public bool Synthetic => Sectors.Any(s => s.Estimate.Synthetic);
}
