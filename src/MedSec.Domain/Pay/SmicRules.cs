using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>
/// The SMIC in force (Code du travail art. L3231-2; revalued by décret, see data/reference), for a territory: Mayotte has
/// its own, lower SMIC, set by the same texts (<see cref="SmicTerritory"/>).
/// </summary>
public static class SmicRules
{
    /// <summary>
    /// The SMIC row of <paramref name="territory"/> in force at a date; bad input when the date is before any known SMIC
    /// of that territory (a Mayotte date before its first row is refused, never answered with the métropole's SMIC).
    /// </summary>
    public static SmicRate At(ReferenceData data, DateOnly date, SmicTerritory territory) =>
        data.SmicAt(date, territory)
        ?? throw PayErrors.NoData(What(territory), date, data.SmicSeries(territory).Select(s => (DateOnly?)s.ValidFrom).Min());

    /// <summary>The full-time (151.67 h) monthly SMIC of <paramref name="territory"/> in force at a date.</summary>
    public static decimal MonthlyAt(ReferenceData data, DateOnly date, SmicTerritory territory) => At(data, date, territory).Monthly;

    /// <summary>
    /// The monthly SMIC for a contract's weekly hours, to the cent. The décret fixes the SMIC by the hour (Code du travail
    /// art. L3231-2); the monthly minimum is that hourly SMIC × the hours of the month (art. L3232-3), a week of H hours
    /// making H × 52 / 12 hours a month (art. L3242-1), and each overtime hour weighs 1 + its premium
    /// (<see cref="HoursRules.PaidWeeklyHours"/>, art. L3121-36). Rounded once. At 35 h it is the published monthly figure
    /// (12.02 × 35 × 52 / 12 = 1 823.0333 → 1 823.03 €); pro-rating that rounded figure instead is a cent off at other hours
    /// (39 h in 2026: 12.02 × 40 × 52 / 12 = 2 083.4667 → 2 083.47 €, where 1 823.03 × 40 / 35 gave 2 083.46 €).
    /// The row carries its territory's hourly rate, so the rule is the same everywhere.
    /// </summary>
    public static decimal ForWeeklyHours(ReferenceData data, SmicRate smic, decimal weeklyHours, DateOnly date) =>
        Money.Cents(smic.Hourly * HoursRules.PaidWeeklyHours(data, weeklyHours, date) * WorkingTime.WeeksPerYear / WorkingTime.MonthsPerYear);

    /// <summary>
    /// What a floor of <paramref name="territory"/>'s SMIC says of it: Mayotte's, lower than the métropole's (art. 1, 2° of
    /// each text revaluing the SMIC), is named with its hourly rate, so its amount is not read as a slip; none elsewhere.
    /// Every floor carries it, with an agreement (<see cref="LegalFloorRules"/>) or without.
    /// </summary>
    public static IReadOnlyList<string> Notes(SmicRate smic, SmicTerritory territory) =>
        territory == SmicTerritory.Mayotte ? [PayWarnings.MayotteSmic(smic.Hourly, smic.ValidFrom)] : [];

    /// <summary>The SMIC's name: "SMIC", or "SMIC de Mayotte" (a label, a legend, a table's column).</summary>
    public static string Name(SmicTerritory territory) => territory == SmicTerritory.Mayotte ? "SMIC de Mayotte" : "SMIC";

    /// <summary>The SMIC named in a message: "le SMIC", or "le SMIC de Mayotte".</summary>
    public static string What(SmicTerritory territory) => $"le {Name(territory)}";
}
