using MedSec.Domain.Codes;

namespace MedSec.Analytics.Grids;

/// <summary>A grid-design question (<c>medsec grid design</c>, <c>POST /api/grids/design</c>).</summary>
/// <param name="Percentile">Target market percentile, 1–99 (60 = the market's 60th percentile).</param>
/// <param name="Levels">Number of levels (niveaux), 1–12.</param>
/// <param name="Steps">Number of seniority steps, 1–9 (0, 2, 5, 10, 15, 20, 25, 30, 35 years).</param>
/// <param name="Agreement">The applicable collective agreement; null: the employer type's usual one, or none.</param>
/// <param name="Payroll">An imported payroll (its import id) for the staff analysis and the pay-gap report; null for none.</param>
/// <param name="LevelGap">Gap between levels (0.04 = 4 %); null: the agreement's hierarchy or the default.</param>
/// <param name="ChargeRate">Employer charge rate for the cost (0.42 = 42 %); null: MedSec's assumption.</param>
/// <param name="K">k-anonymity threshold for market cells and pay-gap categories.</param>
public sealed record GridDesignQuery(
    Region Region,
    EmployerType Employer,
    decimal Percentile,
    int Levels,
    int Steps,
    Agreement? Agreement,
    DateOnly Date,
    long? Payroll = null,
    decimal? LevelGap = null,
    decimal? ChargeRate = null,
    int K = GridDesignQuery.DefaultK)
{
    /// <summary>DESIGN.md's k-anonymity default, the same as the DataFrame layer's.</summary>
    public const int DefaultK = MedSec.Data.Frames.PercentileQuery.DefaultK;
}
