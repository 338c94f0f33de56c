using MedSec.Domain.Observations;

namespace MedSec.Domain.Transparency;

/// <summary>
/// What an employee may ask the employer in writing (Directive (EU) 2023/970 art. 7: droit à l'information): their own
/// pay level and the average pay levels, by sex, of the workers of their category. The category averages are left out
/// when the category has fewer than k people; a sex's average is withheld when it would disclose one colleague's pay
/// (<see cref="CoworkerPay.WouldDisclose"/>, art. 12), its headcount still given.
/// </summary>
/// <param name="WomenCount">Women of the category (null when the category is under k).</param>
/// <param name="Withheld">Why an average is withheld and who may see it; null when none is.</param>
public sealed record InformationLetter(
    string EmployeeId,
    string? JobTitle,
    string Category,
    DateOnly Date,
    decimal Fte,
    decimal BaseMonthlyGross,
    decimal FullTimeMonthlyBase,
    decimal AnnualBase,
    decimal AnnualVariable,
    decimal AnnualTotal,
    decimal HourlyTotal,
    bool CategoryShown,
    SexAverages? Women,
    SexAverages? Men,
    int K,
    int? WomenCount,
    int? MenCount,
    string? Withheld)
{
    /// <summary>The women's average exists but is not stated (art. 12).</summary>
    public bool WomenWithheld => Women is null && WomenCount > 0;

    /// <summary>The men's average exists but is not stated (art. 12).</summary>
    public bool MenWithheld => Men is null && MenCount > 0;

    public static InformationLetter For(EmployeePay employee, CategoryGap category, DateOnly date, int k)
    {
        var pay = PayMeasures.Of(employee);
        var women = Stated(category.Women, employee.Gender == Gender.Female);
        var men = Stated(category.Men, employee.Gender == Gender.Male);
        var withheld = (women is null && category.Women is not null, men is null && category.Men is not null) switch
        {
            (false, false) => null,
            var (w, m) => TransparencyTexts.CoworkerWithheld(w, m),
        };
        return new InformationLetter(
            employee.EmployeeId, employee.JobTitle, employee.Category, date, employee.Fte, employee.BaseMonthlyGross,
            employee.FullTimeMonthlyBase, Pay.Money.Cents(pay.AnnualBase), Pay.Money.Cents(pay.AnnualVariable),
            Pay.Money.Cents(pay.AnnualTotal), Pay.Money.Cents(pay.HourlyTotal),
            category.Shown, women, men, k,
            category.Shown ? category.Women?.Count ?? 0 : null, category.Shown ? category.Men?.Count ?? 0 : null, withheld);
    }

    private static SexAverages? Stated(SexAverages? group, bool readerInGroup) =>
        group is not null && CoworkerPay.WouldDisclose(group.Count, readerInGroup) ? null : group;
}
