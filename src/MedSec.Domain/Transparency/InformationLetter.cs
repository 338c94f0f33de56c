namespace MedSec.Domain.Transparency;

/// <summary>
/// What an employee may ask the employer in writing (Directive (EU) 2023/970 art. 7: droit à l'information): their own
/// pay level and the average pay levels, by sex, of the workers of their category. The category averages are left out
/// when the category has fewer than k people.
/// </summary>
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
    int K)
{
    public static InformationLetter For(EmployeePay employee, CategoryGap category, DateOnly date, int k)
    {
        var pay = PayMeasures.Of(employee);
        return new InformationLetter(
            employee.EmployeeId, employee.JobTitle, employee.Category, date, employee.Fte, employee.BaseMonthlyGross,
            employee.FullTimeMonthlyBase, Pay.Money.Cents(pay.AnnualBase), Pay.Money.Cents(pay.AnnualVariable),
            Pay.Money.Cents(pay.AnnualTotal), Pay.Money.Cents(pay.HourlyTotal),
            category.Shown, category.Women, category.Men, k);
    }
}
