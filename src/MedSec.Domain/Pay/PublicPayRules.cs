using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>
/// Monthly pay of a fonctionnaire hospitalier at a date (rémunération indiciaire et indemnités). Every figure comes from
/// <see cref="ReferenceData"/> in force at the date; no legal number is written here.
/// </summary>
public static class PublicPayRules
{
    public static PublicPay Compute(
        ReferenceData data, GradeCode grade, int echelon, DateOnly date,
        ResidenceZone zone = ResidenceZone.Zone3, bool includeCti = true)
    {
        var step = GridStepAt(data, grade, echelon, date);
        var point = data.PointValueAt(date) ?? throw PayErrors.NoData("la valeur du point", date, First(data.PointValues.Select(p => p.ValidFrom)));
        // Public pay has no région (the residence zone is all it knows): the différentielle tops up to the métropole SMIC,
        // as the grids and the point are the métropole's; overseas pay (majoration, indexation) is not modelled.
        var smic = SmicRules.At(data, date, SmicTerritory.Metropole);
        var used = new List<DateOnly> { step.ValidFrom, point.ValidFrom, smic.ValidFrom };
        var warnings = new List<string>();

        // Minimum de traitement (décret 85-1148 art. 8): no agent is paid on fewer points than the minimum index.
        var minimum = data.MinimumIndexAt(date);
        var paidIndex = Math.Max(step.IndexPoints, minimum?.IndexPoints ?? 0);
        if (paidIndex != step.IndexPoints) used.Add(minimum!.ValidFrom);
        var basePay = Traitement.Monthly(paidIndex, point.AnnualValue);

        var residence = ResidenceAllowance(data, zone, date, basePay, point.AnnualValue, used);
        var cti = includeCti ? Cti(data, date, point.AnnualValue, used, warnings) : 0m;

        // Indemnité différentielle (décret 91-769 art. 1): tops the traitement brut up to the monthly SMIC.
        var differential = Math.Max(0m, smic.Monthly - basePay);
        var total = basePay + residence + cti + differential;

        var special = SpecialAllowance(data, date, basePay, residence, used);
        var serviceBonus = TypicalServiceBonus(data, date, basePay, used);

        if (differential > 0)
        {
            warnings.Add(PayWarnings.DifferentialPaid(smic.Monthly, differential));
            // A SMIC rise is normally answered by raising the minimum de traitement; none since this SMIC means none is known
            // (RESEARCH.md 1.3: nothing answered the 2026-06-01 rise).
            if (minimum is null || minimum.ValidFrom < smic.ValidFrom) warnings.Add(PayWarnings.NoPublicMeasureForSmic(smic.ValidFrom));
        }
        if (Staleness.IsStale(point.ValidFrom, date)) warnings.Add(PayWarnings.PointUnchanged(point.ValidFrom));
        if (data.Horizon() is var horizon && date > horizon) warnings.Add(PayWarnings.BeyondData(horizon));

        return new PublicPay(
            CodeBook.Grades.ToCode(grade), echelon, date, step.IndexPoints, point.AnnualValue,
            basePay, residence, cti, differential, total,
            special, serviceBonus, total + special + serviceBonus,
            used.Max(), warnings);
    }

    /// <summary>The échelon of the grid in force, or why there is none.</summary>
    internal static GridStep GridStepAt(ReferenceData data, GradeCode grade, int echelon, DateOnly date)
    {
        var grid = data.GridAt(grade, date);
        if (grid.Count == 0)
        {
            var first = First(data.Grids.Where(g => g.Grade == grade).Select(g => g.ValidFrom));
            throw PayErrors.NoData($"la grille {CodeBook.Grades.ToCode(grade)}", date, first);
        }
        return grid.FirstOrDefault(g => g.Echelon == echelon)
            ?? throw PayErrors.EchelonOutOfGrid(grade, echelon, grid[^1].Echelon, date);
    }

    /// <summary>
    /// Indemnité de résidence (décret 85-1148 art. 9): the zone's rate × the traitement, computed on at least the
    /// traitement of the floor index (agents below it get the allowance of that index).
    /// </summary>
    private static decimal ResidenceAllowance(
        ReferenceData data, ResidenceZone zone, DateOnly date, decimal basePay, decimal annualPoint, List<DateOnly> used)
    {
        var rate = Required(data, SupplementCodes.ResidenceRate((int)zone), date, used);
        var residenceBase = basePay;
        if (data.SupplementAt(SupplementCodes.ResidenceFloorIndex, date) is { } floor)
        {
            used.Add(floor.ValidFrom);
            residenceBase = Math.Max(basePay, Traitement.Monthly(floor.Value, annualPoint));
        }
        return Money.Cents(rate * residenceBase);
    }

    /// <summary>
    /// Complément de traitement indiciaire (décret 2020-1152 art. 4-7): a number of index points paid to every
    /// non-medical agent of a public health establishment, administrative staff included; none before it existed.
    /// </summary>
    private static decimal Cti(ReferenceData data, DateOnly date, decimal annualPoint, List<DateOnly> used, List<string> warnings)
    {
        if (data.SupplementAt(SupplementCodes.CtiPoints, date) is not { } points)
        {
            warnings.Add(PayWarnings.CtiNotInForce(date));
            return 0m;
        }
        used.Add(points.ValidFrom);
        return Traitement.Monthly(points.Value, annualPoint);
    }

    /// <summary>
    /// Indemnité de sujétion spéciale (décret 90-693 art. 1-2): 13/1900 of the annual traitement budgétaire brut plus
    /// indemnité de résidence, paid monthly, i.e. hours / annual hours × 12 × (base + résidence) a month.
    /// </summary>
    private static decimal SpecialAllowance(ReferenceData data, DateOnly date, decimal basePay, decimal residence, List<DateOnly> used)
    {
        var hours = Required(data, SupplementCodes.IssHours, date, used);
        var annualHours = Required(data, SupplementCodes.IssAnnualHours, date, used);
        return Money.Cents(hours * WorkingTime.MonthsPerYear * (basePay + residence) / annualHours);
    }

    /// <summary>
    /// Prime de service (arrêté du 24 mars 1967): the establishment's credit is a share of the traitements and each
    /// agent's amount is set by rating, so the typical amount shown is that share of the base pay.
    /// </summary>
    private static decimal TypicalServiceBonus(ReferenceData data, DateOnly date, decimal basePay, List<DateOnly> used) =>
        Money.Cents(Required(data, SupplementCodes.ServiceBonusTypicalRate, date, used) * basePay);

    private static decimal Required(ReferenceData data, string code, DateOnly date, List<DateOnly> used)
    {
        var row = data.SupplementAt(code, date)
            ?? throw PayErrors.NoData($"le paramètre {code}", date, First(data.Supplements.Where(s => s.Code == code).Select(s => s.ValidFrom)));
        used.Add(row.ValidFrom);
        return row.Value;
    }

    private static DateOnly? First(IEnumerable<DateOnly> dates) =>
        dates.Select(d => (DateOnly?)d).DefaultIfEmpty(null).Min();
}
