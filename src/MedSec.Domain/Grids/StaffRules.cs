using MedSec.Domain.Observations;
using MedSec.Domain.Pay;
using MedSec.Domain.Transparency;

namespace MedSec.Domain.Grids;

/// <summary>
/// Places each employee of a payroll on a grid (level from the payroll's level, step from the seniority at the date) and
/// computes the compa-ratio, the raise to reach the grid and the yearly cost of moving everyone onto it. The raise is on
/// the base salary only (bonuses unchanged); the cost is the sum of the individual raises, employer charges added as an
/// estimate. Each employee is held to the legal floor of their own agreement position (Code du travail L2254-1: the
/// agreement's minimum for the employee's classification, never less than the SMIC, L3231-2), which may be above the
/// floor of the grid level they are placed on; the raise brings them to the higher of the grid and that floor.
/// </summary>
public static class StaffRules
{
    public static StaffAnalysis Analyse(
        IReadOnlyList<GridLevel> grid,
        IReadOnlyList<EmployeePay> employees,
        DateOnly date,
        IReadOnlyList<PositionFloor>? classification,
        decimal chargeRate,
        bool chargeRateAssumed,
        Func<decimal, decimal>? smicForHours = null)
    {
        if (chargeRate is < 0m or > 1m) throw GridErrors.ChargeRateOutOfRange(chargeRate);
        var placements = employees.Select(e => Place(grid, e, date, classification, smicForHours)).ToList();
        var monthly = placements.Sum(p => p.MonthlyRaise);
        var annual = placements.Sum(p => p.AnnualRaise);
        var charges = Money.Cents(annual * chargeRate);
        var cost = new StaffCost(
            placements.Count, placements.Count(p => p.GridLevel is not null), placements.Count(p => p.MonthlyRaise > 0),
            monthly, annual, chargeRate, chargeRateAssumed, charges, annual + charges, EmployerCharges.Note(chargeRate, chargeRateAssumed));
        var warnings = new List<string>();
        var unplaced = placements.Count(p => p.GridLevel is null);
        if (unplaced > 0) warnings.Add(StaffTexts.Unplaced(unplaced));
        var noHire = placements.Count(p => p.GridLevel is not null && p.SeniorityYears is null);
        if (noHire > 0) warnings.Add(StaffTexts.NoHireDate(noHire));
        var underFloor = placements.Count(p => p.BelowLegalFloor);
        if (underFloor > 0) warnings.Add(StaffTexts.UnderFloor(underFloor));
        return new StaffAnalysis(placements, cost, warnings);
    }

    /// <param name="classification">The agreement's secretary positions with their floors at <paramref name="date"/>, lowest first; null without agreement.</param>
    /// <param name="smicForHours">
    /// The monthly SMIC for a number of weekly hours at <paramref name="date"/>, as the pay rules compute it
    /// (<see cref="SmicRules.ForWeeklyHours"/>); null: the full-time SMIC pro rata.
    /// </param>
    public static StaffPlacement Place(
        IReadOnlyList<GridLevel> grid, EmployeePay employee, DateOnly date, IReadOnlyList<PositionFloor>? classification,
        Func<decimal, decimal>? smicForHours = null)
    {
        var fullTime = employee.FullTimeMonthlyBase;
        var gender = employee.Gender is { } g ? ObservationCodes.Genders.ToCode(g) : null;
        var positions = classification?.Select(c => c.Position).ToList();
        var level = GridLevelMatcher.Match(grid, employee.Level, positions);
        int? seniority = employee.HireDate is { } hired ? SeniorityScale.CompletedYears(hired, date) : null;
        // The floor of the employee's own position when the payroll names one, else of the grid level's position, at
        // their seniority; a level without position, its floor; unplaced and unclassified, the SMIC, owed at every level.
        var own = (positions is null ? null : GridLevelMatcher.Position(employee.Level, positions))?.Level ?? level?.Position;
        var smic = grid.Count > 0 ? grid.Min(l => l.Smic) : (decimal?)null;
        decimal? floor = classification?.FirstOrDefault(c => c.Position.Level == own)?.At(seniority ?? 0) ?? level?.Floor ?? smic;
        // The pay as paid against the floor for the person's hours to the cent: a full-time base divided out of a pay
        // rounded to the cent may miss the floor by a fraction of a cent.
        var belowFloor = floor is { } f && employee.BaseMonthlyGross < FloorForHours(f, smic, employee.Fte * WorkingTime.FullTimeWeeklyHours, smicForHours);
        if (level is null)
            return new StaffPlacement(employee.EmployeeId, gender, employee.JobTitle, employee.Level, null, null, null, null,
                employee.Fte, employee.BaseMonthlyGross, fullTime, null, null, 0m, 0m, belowFloor, floor, StaffTexts.LevelNotFound(employee.Level));

        var stepYears = level.Steps.Select(s => s.Years).ToList();
        var step = level.Steps[stepYears.IndexOf(SeniorityScale.StepOf(stepYears, seniority ?? 0))];
        var target = step.MonthlyGross;
        var due = Math.Max(target, floor ?? 0m);
        var monthlyRaise = Money.Cents(Math.Max(0m, due - fullTime) * employee.Fte);
        return new StaffPlacement(
            employee.EmployeeId, gender, employee.JobTitle, employee.Level, level.Level, level.Label, seniority, step.Years,
            employee.Fte, employee.BaseMonthlyGross, fullTime, target, CompaRatio(fullTime, target),
            monthlyRaise, monthlyRaise * WorkingTime.MonthsPerYear, belowFloor, floor,
            Note(seniority, due > target));
    }

    private static string? Note(int? seniority, bool floorAboveGrid) => string.Join(" ", new[]
    {
        seniority is null ? StaffTexts.NoHireDateNote : null,
        floorAboveGrid ? StaffTexts.OwnFloorAboveGrid : null,
    }.OfType<string>()) is { Length: > 0 } note ? note : null;

    /// <summary>
    /// A full-time floor for a part-timer's hours: the SMIC for those hours as the pay rules and the payroll check give it
    /// (the hourly SMIC × the hours of the month, rounded once; 1 173,55 € for 22 h in June 2026) where the SMIC binds,
    /// else the agreement's floor pro rata (Code du travail L3123-5), never under that SMIC. The full-time SMIC pro rata
    /// (1 867,02 × 22 / 35 = 1 173,56 €) would call a person paid the SMIC of their hours under the floor.
    /// </summary>
    private static decimal FloorForHours(decimal fullTimeFloor, decimal? fullTimeSmic, decimal weeklyHours, Func<decimal, decimal>? smicForHours)
    {
        var proRata = HoursRules.ProRata(fullTimeFloor, weeklyHours);
        if (smicForHours is null || fullTimeSmic is not { } smic) return proRata;
        var smicHours = smicForHours(Math.Min(weeklyHours, WorkingTime.FullTimeWeeklyHours));
        return fullTimeFloor <= smic ? smicHours : Math.Max(proRata, smicHours);
    }

    /// <summary>Pay ÷ grid figure, to 3 decimals.</summary>
    public static decimal CompaRatio(decimal pay, decimal grid) => Math.Round(pay / grid, 3, MidpointRounding.AwayFromZero);
}
