using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>
/// A full-time monthly amount (for the 151.67 h of a 35 h week) turned into the monthly pay of other weekly hours: pro
/// rata up to 35 h; beyond, each overtime hour of the week is paid an ordinary hour plus its premium
/// (Code du travail, art. L3121-36, absent an agreement: overtime_premiums.csv), over the same 52 ÷ 12 weeks a month.
/// </summary>
public static class HoursRules
{
    /// <summary>
    /// fullTime × paid hours ÷ 35, rounded to the cent once, where the paid hours are the weekly hours up to 35 and each
    /// hour beyond weighs 1 + its band's premium (39 h: 35 + 4 × 1.25 = 40 paid hours).
    /// </summary>
    public static decimal MonthlyFor(ReferenceData data, decimal fullTimeMonthly, decimal weeklyHours, DateOnly date) =>
        ProRata(fullTimeMonthly, PaidWeeklyHours(data, weeklyHours, date));

    /// <summary>
    /// fullTime × hours ÷ 35 to the cent, in that order: the pay of <paramref name="weeklyHours"/> up to 35 h (a part-timer's
    /// pay is proportional to a full-timer's, Code du travail art. L3123-5). Dividing by an FTE rounded first would miss the
    /// half cent (1 867,02 × 22 ÷ 35 = 1 173,555 → 1 173,56 €).
    /// </summary>
    public static decimal ProRata(decimal fullTimeMonthly, decimal weeklyHours) =>
        Money.Cents(fullTimeMonthly * weeklyHours / WorkingTime.FullTimeWeeklyHours);

    /// <summary>The weekly hours as paid: themselves up to 35, then 35 plus each overtime hour weighted by its premium.</summary>
    public static decimal PaidWeeklyHours(ReferenceData data, decimal weeklyHours, DateOnly date)
    {
        if (weeklyHours <= WorkingTime.FullTimeWeeklyHours) return weeklyHours;
        var overtime = weeklyHours - WorkingTime.FullTimeWeeklyHours;
        var bands = Bands(data, date).OrderBy(b => b.FromHour).ToList();
        if (bands.Count == 0 || bands[0].FromHour != 0m) throw PayErrors.NoData("la majoration des heures supplémentaires", date);

        var paid = WorkingTime.FullTimeWeeklyHours;
        foreach (var band in bands)
        {
            var hours = Math.Min(overtime, band.ToHour ?? overtime) - band.FromHour;
            if (hours > 0m) paid += hours * (1m + band.Rate);
        }
        return paid;
    }

    /// <summary>The newest start of a band in force at a date, when overtime is paid (for an <c>asOf</c>).</summary>
    public static DateOnly? AsOf(ReferenceData data, decimal weeklyHours, DateOnly date) =>
        weeklyHours <= WorkingTime.FullTimeWeeklyHours ? null : Bands(data, date).Select(b => (DateOnly?)b.ValidFrom).Max();

    private static IEnumerable<OvertimePremium> Bands(ReferenceData data, DateOnly date) =>
        Validity.Covering(data.OvertimePremiums, date, b => b.ValidFrom, b => b.ValidTo);
}
