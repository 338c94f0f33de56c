using MedSec.Domain.Grids;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Grids;

/// <summary>
/// A designed salary grid (DESIGN.md <c>grid design</c>: levels, asOf, warnings) with what it was built from: the market
/// figure of each seniority step, the floors of each level, the job-ad pay ranges, and, when a payroll was given, the
/// staff analysis and the pay-gap report.
/// </summary>
/// <param name="AgreementAssumed">True when the agreement was not given but taken as the employer type's usual one.</param>
/// <param name="LevelGap">Gap between consecutive levels (0.03 = 3 %).</param>
/// <param name="LevelGapSource">How it was chosen, one French sentence.</param>
/// <param name="SyntheticMarket">True when the market figures count synthetic observations (the bundled sample), however few.</param>
/// <param name="AsOf">The newest validity date of the legal figures behind the floors.</param>
public sealed record GridDesign(
    string Region,
    string RegionName,
    string Employer,
    decimal Percentile,
    string? Agreement,
    bool AgreementAssumed,
    DateOnly Date,
    int K,
    decimal LevelGap,
    string LevelGapSource,
    IReadOnlyList<GridLevel> Levels,
    IReadOnlyList<MarketStep> Market,
    IReadOnlyList<JobAdRange> JobAdRanges,
    bool SyntheticMarket,
    PayrollSummary? Payroll,
    StaffAnalysis? Staff,
    PayGapReport? Transparency,
    DateOnly AsOf,
    IReadOnlyList<string> Warnings);

/// <summary>The market figure of one seniority step: the target percentile and the P25–P75 band.</summary>
/// <param name="ToYears">Exclusive upper bound of the experience range; null for the last step.</param>
/// <param name="Scope">Which market cell answered (<see cref="MarketLevel"/>).</param>
public sealed record MarketStep(int Years, int? ToYears, decimal? Value, decimal? P25, decimal? P75, int N, string Scope);

/// <summary>The payroll a grid was compared with.</summary>
public sealed record PayrollSummary(long ImportId, string FileName, int Employees);
