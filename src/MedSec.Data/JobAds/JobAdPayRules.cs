using System.Globalization;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Data.JobAds;

/// <summary>
/// Judges and normalises the salary of an offer: hourly × 151.67, annual ÷ 12, a 13th month spread over 12, a part-time
/// amount scaled to 35 h by the offer's weekly hours (the same arithmetic as <see cref="ObservationNormaliser.FullTimeMonthly"/>).
/// Nonsense is flagged, never trusted silently: "sur 0.0 mois", an annual amount labelled monthly, a range upside down,
/// and a low end below the full-time SMIC once scaled to 35 h (unless a part-time amount is the SMIC of its hours).
/// </summary>
public static class JobAdPayRules
{
    /// <summary>Months paid a year that make sense (12 to 16, as in observation files).</summary>
    public const decimal MinMonths = 12m;

    /// <summary>See <see cref="MinMonths"/>.</summary>
    public const decimal MaxMonths = 16m;

    /// <summary>
    /// A "monthly" amount worth at least this many months of SMIC for the offer's hours is an annual amount labelled
    /// monthly ("Mensuel de 45000.0 Euros"): no one is paid a year of minimum wage a month.
    /// </summary>
    public const decimal AnnualLabelledMonthlyFactor = 12m;

    /// <param name="statement">The parsed salary text.</param>
    /// <param name="weeklyHours">The offer's weekly hours, or null when it states none (then 35 h).</param>
    /// <param name="partTime">True when the offer says part time (to explain a low amount when no hours are given).</param>
    /// <param name="smicMonthly">The full-time monthly SMIC at the offer's date in its région (Mayotte has its own), or null when unknown (no floor check).</param>
    /// <param name="territory">
    /// Whose SMIC <paramref name="smicMonthly"/> is: a reason names Mayotte's (<see cref="SmicRules.What"/>), as an observation's
    /// does, so its lower amount is not read as a slip.
    /// </param>
    /// <param name="smicForHours">
    /// The SMIC of the offer's weekly hours when under 35 h (the hourly SMIC × the hours × 52 / 12, to the cent:
    /// <see cref="SmicRules.ForWeeklyHours"/>), or null: a part-time amount at least that is not under the SMIC, though scaled
    /// to 35 h it may show a cent under the full-time SMIC (Code du travail art. L3123-5; 533,43 € for 10 h in June 2026 →
    /// 1 867,01 € &lt; 1 867,02 €).
    /// </param>
    public static JobAdPay Normalise(
        SalaryStatement statement, decimal? weeklyHours, bool partTime, decimal? smicMonthly, SmicTerritory territory = SmicTerritory.Metropole,
        decimal? smicForHours = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var reasons = new List<string>();
        var flags = ObservationFlags.None;
        var hours = weeklyHours ?? WorkingTime.FullTimeWeeklyHours;

        var months = statement.MonthsStated ?? MinMonths;
        if (months is < MinMonths or > MaxMonths)
        {
            flags |= ObservationFlags.Absurd;
            reasons.Add($"« sur {statement.MonthsStated?.ToString(CultureInfo.InvariantCulture)} mois » n'est pas un nombre de mois payés (12 à 16) : lu comme 12.");
            months = MinMonths;
        }

        var basis = statement.Basis;
        var (min, max) = (statement.Min, statement.Max);
        if (min > max)
        {
            flags |= ObservationFlags.Absurd;
            reasons.Add($"Fourchette à l'envers ({IngestText.Number(min)} à {IngestText.Number(max)}) : lue de {IngestText.Number(max)} à {IngestText.Number(min)}.");
            (min, max) = (max, min);
        }

        if (basis == PayBasis.Monthly && smicMonthly is { } s
            && min >= AnnualLabelledMonthlyFactor * s * hours / WorkingTime.FullTimeWeeklyHours)
        {
            flags |= ObservationFlags.Absurd;
            reasons.Add($"{IngestText.Euros(min)} par mois, c'est au moins un an de SMIC pour {IngestText.Number(hours)} h par semaine : montant annuel étiqueté mensuel, lu comme annuel.");
            basis = PayBasis.Annual;
        }

        var monthlyMin = Cents(ObservationNormaliser.FullTimeMonthly(min, basis, months, weeklyHours));
        var monthlyMax = Cents(ObservationNormaliser.FullTimeMonthly(max, basis, months, weeklyHours));
        var amount = Cents((min + max) / 2m);
        var monthly = Cents(ObservationNormaliser.FullTimeMonthly(amount, basis, months, weeklyHours));

        if (smicMonthly is { } smic && monthlyMin < smic && !ObservationNormaliser.AtTheSmicOfItsHours(min, basis, months, weeklyHours, smicForHours))
        {
            flags |= ObservationFlags.BelowFloor;
            var scaled = weeklyHours is { } h && h != WorkingTime.FullTimeWeeklyHours ? $" (ramené de {IngestText.Number(h)} h à {IngestText.Number(WorkingTime.FullTimeWeeklyHours)} h)" : "";
            var noHours = weeklyHours is null && partTime
                ? $" ; temps partiel, mais l'offre ne donne pas d'heures pour ramener le montant à {IngestText.Number(WorkingTime.FullTimeWeeklyHours)} h"
                : "";
            reasons.Add($"{IngestText.Euros(monthlyMin)} par mois à temps plein{scaled}, sous {SmicRules.What(territory)} ({IngestText.Euros(smic)}){noHours}.");
        }

        return new JobAdPay(basis, amount, months, monthlyMin, monthlyMax, monthly, flags,
            reasons.Count == 0 ? null : string.Join(" ", reasons));
    }

    private static decimal Cents(decimal amount) => ObservationNormaliser.Cents(amount);
}
