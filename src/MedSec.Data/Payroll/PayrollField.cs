namespace MedSec.Data.Payroll;

/// <summary>The columns of a payroll file, in the order they are validated and written.</summary>
public enum PayrollField
{
    EmployeeId,
    Gender,
    JobTitle,
    Level,
    HireDate,
    Fte,
    WeeklyHours,
    BaseMonthlyGross,
    AnnualBonuses,
}
