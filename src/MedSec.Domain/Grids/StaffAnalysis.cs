namespace MedSec.Domain.Grids;

/// <summary>An employee of the imported payroll placed on the grid.</summary>
/// <param name="Gender"><c>f</c>, <c>m</c> or null (the observation files' codes).</param>
/// <param name="GridLevel">The grid level matched from the payroll's level (null: not recognised, left out of the cost).</param>
/// <param name="SeniorityYears">Completed years since the hire date at the grid's date (null: no hire date).</param>
/// <param name="StepYears">The seniority step applied (0 when the hire date is missing).</param>
/// <param name="GridMonthlyGross">The grid's full-time monthly gross for the employee's level and step.</param>
/// <param name="CompaRatio">Full-time base ÷ grid figure, to 3 decimals (1 = on the grid).</param>
/// <param name="MonthlyRaise">What moving onto the grid, or up to <paramref name="LegalFloor"/> when that is higher, adds to the
/// monthly base as paid (prorated by FTE), never negative.</param>
/// <param name="AnnualRaise">× 12.</param>
/// <param name="BelowLegalFloor">The full-time base is under <paramref name="LegalFloor"/>.</param>
/// <param name="LegalFloor">The full-time legal floor the employee is held to at the grid's date: their own agreement
/// position's (SMIC or agreement minimum, the higher), else their grid level's, else the SMIC; null without a grid.</param>
public sealed record StaffPlacement(
    string EmployeeId,
    string? Gender,
    string? JobTitle,
    string? PayrollLevel,
    int? GridLevel,
    string? GridLabel,
    int? SeniorityYears,
    int? StepYears,
    decimal Fte,
    decimal BaseMonthlyGross,
    decimal FullTimeMonthlyBase,
    decimal? GridMonthlyGross,
    decimal? CompaRatio,
    decimal MonthlyRaise,
    decimal AnnualRaise,
    bool BelowLegalFloor,
    decimal? LegalFloor,
    string? Note);

/// <summary>What moving everyone onto the grid costs a year.</summary>
/// <param name="AnnualRaises">The sum of the individual annual raises (each to the cent).</param>
/// <param name="EstimatedCharges">AnnualRaises × ChargeRate, to the cent: an estimate (<see cref="ChargeNote"/>).</param>
/// <param name="ChargeRateAssumed">True when the rate is MedSec's assumption rather than the employer's.</param>
public sealed record StaffCost(
    int Headcount,
    int Placed,
    int BelowGrid,
    decimal MonthlyRaises,
    decimal AnnualRaises,
    decimal ChargeRate,
    bool ChargeRateAssumed,
    decimal EstimatedCharges,
    decimal AnnualCostWithCharges,
    string ChargeNote);

/// <summary>The staff of an imported payroll against a designed grid.</summary>
public sealed record StaffAnalysis(IReadOnlyList<StaffPlacement> Employees, StaffCost Cost, IReadOnlyList<string> Warnings);
