using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>
/// The least monthly gross a private employer may pay (plancher légal): the SMIC (Code du travail art. L3231-2) and the
/// minimum of the collective agreement for the job's level, whichever is higher, both for the contract's weekly hours.
/// </summary>
public static class LegalFloorRules
{
    /// <summary>
    /// max(SMIC, agreement minimum) at <paramref name="date"/>, both for the weekly hours and rounded to the cent: the SMIC
    /// from its hourly rate (<see cref="SmicRules.ForWeeklyHours"/>), the agreement's full-time (151.67 h) monthly minimum by
    /// <see cref="HoursRules"/> (pro rata up to 35 h, overtime premiums beyond); an annual minimum (IDCC 2264 RMAN) is
    /// divided by 12 first.
    /// <c>binding</c> is <c>smic</c> when the SMIC is at least the agreement minimum, else <c>agreement</c>.
    /// With <paramref name="seniorityYears"/>, the minimum includes the agreement's add-ons for that many years
    /// (<see cref="AgreementAddOnRules"/>: IDCC 2264's ECR expérience and ancienneté), counting the years for both.
    /// The SMIC is that of <paramref name="territory"/> (Mayotte has its own; <see cref="SmicTerritories.Of"/>), the
    /// métropole's when none is named.
    /// </summary>
    public static LegalFloor Compute(
        ReferenceData data, Agreement agreement, string level, DateOnly date, decimal weeklyHours = WorkingTime.FullTimeWeeklyHours,
        int? seniorityYears = null, SmicTerritory territory = SmicTerritory.Metropole)
    {
        if (weeklyHours is < WorkingTime.MinimumWeeklyHours or > WorkingTime.MaximumWeeklyHours) throw PayErrors.WeeklyHoursOutOfRange(weeklyHours);
        var minimumRow = AgreementMinimumAt(data, agreement, level, date);
        var smicRow = SmicRules.At(data, date, territory);

        var smic = SmicRules.ForWeeklyHours(data, smicRow, weeklyHours, date);
        var addOns = seniorityYears is { } years ? AgreementAddOnRules.Percent(data, agreement, minimumRow.Level, date, years) : 0m;
        var agreementMinimum = HoursRules.MonthlyFor(data, MonthlyAmount(minimumRow) * (1m + addOns / 100m), weeklyHours, date);
        var smicBinds = smic >= agreementMinimum;

        var warnings = new List<string>();
        if (weeklyHours > WorkingTime.FullTimeWeeklyHours) warnings.Add(PayWarnings.OvertimeAtDefaultPremiums(weeklyHours));
        if (agreementMinimum < smic) warnings.Add(PayWarnings.AgreementBelowSmic(agreementMinimum, smic));
        if (Staleness.IsStale(minimumRow.ValidFrom, date)) warnings.Add(PayWarnings.AgreementUnchanged(agreement, minimumRow.LevelType, minimumRow.Level, minimumRow.ValidFrom));
        if (IsNotExtended(minimumRow)) warnings.Add(PayWarnings.AgreementNotExtended(agreement));
        if (addOns > 0m) warnings.Add(PayWarnings.AddOnsIncluded(agreement, addOns, seniorityYears!.Value));
        warnings.AddRange(SmicRules.Notes(smicRow, territory));
        if (Staleness.IsStale(smicRow.ValidFrom, date)) warnings.Add(PayWarnings.SmicUnchanged(smicRow.ValidFrom));
        if (data.Horizon() is var horizon && date > horizon) warnings.Add(PayWarnings.BeyondData(horizon));

        return new LegalFloor(
            CodeBook.Agreements.ToCode(agreement), minimumRow.Level, date, weeklyHours,
            agreementMinimum, smic, Math.Max(smic, agreementMinimum), smicBinds ? "smic" : "agreement",
            Validity.Newest(minimumRow.ValidFrom, smicRow.ValidFrom, HoursRules.AsOf(data, weeklyHours, date) ?? smicRow.ValidFrom), warnings)
        {
            AddOnPercent = addOns,
        };
    }

    /// <summary>The minimum of a level in force at a date; an unknown level is an unknown code, a known one without data yet is bad input.</summary>
    private static AgreementMinimum AgreementMinimumAt(ReferenceData data, Agreement agreement, string level, DateOnly date)
    {
        var rows = data.AgreementMinima.Where(m => m.Agreement == agreement).ToList();
        var ofLevel = rows.Where(m => SameLevel(m.Level, level)).ToList();
        if (ofLevel.Count == 0)
            throw PayErrors.UnknownLevel(agreement, level.Trim(), rows.Select(m => m.Level));
        var first = ofLevel.Min(m => m.ValidFrom);
        return Validity.InForce(ofLevel, date, m => m.ValidFrom, m => m.ValidTo)
            ?? throw PayErrors.NoData(
                $"le niveau {ofLevel[0].Level} de la convention {CodeBook.Agreements.ToCode(agreement)}", date, date < first ? first : null);
    }

    /// <summary>
    /// The highest full-time monthly minimum of any agreement and level of the reference data in force at
    /// <paramref name="date"/> (null when none is): the top of the agreements' own scales, which a monthly base exceeds
    /// many times over only when it is an annual amount or a slip.
    /// </summary>
    public static decimal? HighestAgreementMinimum(ReferenceData data, DateOnly date) =>
        data.AgreementMinima
            .GroupBy(m => (m.Agreement, m.LevelType, m.Level))
            .Select(level => Validity.InForce(level, date, m => m.ValidFrom, m => m.ValidTo))
            .OfType<AgreementMinimum>()
            .Select(m => (decimal?)MonthlyAmount(m))
            .Max();

    /// <summary>A full-time monthly amount: annual minima are paid in 12 monthly instalments.</summary>
    private static decimal MonthlyAmount(AgreementMinimum row) =>
        row.Basis == AmountBasis.Annual ? row.Amount / WorkingTime.MonthsPerYear : row.Amount;

    /// <summary>Legifrance marks a text not extended "VIGUEUR_NON_ETEN": it binds only members of the signatory federations.</summary>
    private static bool IsNotExtended(AgreementMinimum row) =>
        row.LegalStatus.Contains("NON_ETEN", StringComparison.OrdinalIgnoreCase);

    /// <summary>One level code however written: case, blanks and leading zeros aside.</summary>
    internal static bool SameLevel(string a, string b) =>
        string.Equals(a.Trim().TrimStart('0'), b.Trim().TrimStart('0'), StringComparison.OrdinalIgnoreCase);
}
