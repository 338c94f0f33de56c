namespace MedSec.Domain.Pay;

/// <summary>
/// Working-time units the product is built on, not pay figures: every monthly amount is for a full-time month
/// (DESIGN.md, Vocabulary), so a part-time amount is the full-time one × hours / <see cref="FullTimeWeeklyHours"/>.
/// </summary>
public static class WorkingTime
{
    /// <summary>Durée légale du travail: 35 h a week (Code du travail, art. L3121-27), i.e. 151.67 h a month.</summary>
    public const decimal FullTimeWeeklyHours = 35m;

    /// <summary>Hours in a full-time month: 35 × 52 / 12 = 151.67 (mensualisation, Code du travail, art. L3242-1), the
    /// hours a monthly SMIC or agreement minimum is for, and the factor from an hourly rate to a full-time month.</summary>
    public const decimal FullTimeMonthlyHours = 151.67m;

    /// <summary>Durée maximale hebdomadaire absolue: 48 h (Code du travail, art. L3121-20).</summary>
    public const decimal MaximumWeeklyHours = 48m;

    /// <summary>
    /// The least working time a question or a payroll line may have: one hour a week. Not a legal minimum (the 24 h of
    /// Code du travail art. L3123-27 yields to a branch agreement, L3123-19, and to the employee's request, L3123-7) but
    /// the unit working time is contracted in (art. L3123-6: the contract states the weekly or monthly hours); under it a
    /// figure is a slip ("0,5 %" written for 50 %, 1e-28 h), and a floor of 0,00 € says nothing.
    /// </summary>
    public const decimal MinimumWeeklyHours = 1m;

    /// <summary>Weeks in a year: a month of H hours a week is H × 52 / 12 hours (mensualisation, Code du travail, art. L3242-1).</summary>
    public const int WeeksPerYear = 52;

    /// <summary>Monthly payments in a year, to turn an annual amount into a monthly one.</summary>
    public const int MonthsPerYear = 12;
}
