using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>A private or remote profile whose market pay a path needs, at one experience and date.</summary>
/// <param name="Employer">null: the estimator's default employer for the sector.</param>
/// <param name="Contract">null: a permanent employee (cdi).</param>
public sealed record MarketProfile(
    Sector Sector,
    Region Region,
    int ExperienceYears,
    Specialty Specialty,
    EmployerType? Employer,
    ContractType? Contract,
    DateOnly Date);

/// <summary>
/// The seam between career paths and the pay estimator: the median full-time (35 h) monthly gross of a market profile,
/// never below the legal floor. <see cref="EstimatorMarketPay"/> puts the ML.NET estimator of issue 5 behind it.
/// </summary>
public interface IMarketPay
{
    /// <summary>What the figures come from, as shown with the paths (e.g. the estimator's model name).</summary>
    string Name { get; }

    /// <summary>True for a stand-in rule rather than the pay estimator (false for <see cref="EstimatorMarketPay"/>).</summary>
    bool IsProvisional { get; }

    /// <summary>What a user should know about these figures (e.g. learnt from synthetic observations), in French.</summary>
    IReadOnlyList<string> Caveats { get; }

    decimal MonthlyGross(MarketProfile profile);
}
