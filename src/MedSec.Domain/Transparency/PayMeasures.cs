using MedSec.Domain.Pay;

namespace MedSec.Domain.Transparency;

/// <summary>
/// The pay levels the Pay Transparency Directive (EU) 2023/970 compares (art. 3: "gross annual pay and the corresponding
/// gross hourly pay"), split into the ordinary basic salary and the complementary or variable components (art. 9).
/// Annual pay is what was paid (base × 12 + bonuses); hourly pay divides it by the hours paid (FTE × 35 h × 52 weeks),
/// so part-time and full-time employees compare. Unrounded: rounding happens on the published figures.
/// </summary>
public readonly record struct PayMeasures(decimal AnnualBase, decimal AnnualVariable, decimal HourlyBase, decimal HourlyVariable)
{
    /// <summary>Weeks in a year for the hours paid (35 h × 52 = 1 820 h, i.e. 151.67 h × 12).</summary>
    public const int WeeksPerYear = 52;

    public decimal AnnualTotal => AnnualBase + AnnualVariable;

    public decimal HourlyTotal => HourlyBase + HourlyVariable;

    public static PayMeasures Of(EmployeePay e)
    {
        var hours = e.Fte * WorkingTime.FullTimeWeeklyHours * WeeksPerYear;
        var annualBase = e.BaseMonthlyGross * WorkingTime.MonthsPerYear;
        return new PayMeasures(annualBase, e.AnnualBonuses, annualBase / hours, e.AnnualBonuses / hours);
    }

    public decimal Get(PayComponent component, PayUnit unit) => (component, unit) switch
    {
        (PayComponent.Base, PayUnit.Annual) => AnnualBase,
        (PayComponent.Variable, PayUnit.Annual) => AnnualVariable,
        (PayComponent.Total, PayUnit.Annual) => AnnualTotal,
        (PayComponent.Base, PayUnit.Hourly) => HourlyBase,
        (PayComponent.Variable, PayUnit.Hourly) => HourlyVariable,
        _ => HourlyTotal,
    };
}

/// <summary>Which part of pay a figure is about.</summary>
public enum PayComponent
{
    /// <summary>Salaire de base (ordinary basic salary).</summary>
    Base,
    /// <summary>Primes (complementary or variable components).</summary>
    Variable,
    /// <summary>Base + variable.</summary>
    Total,
}

/// <summary>Per year or per hour paid.</summary>
public enum PayUnit
{
    Annual,
    Hourly,
}
