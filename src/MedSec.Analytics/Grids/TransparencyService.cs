using MedSec.Data.Frames;
using MedSec.Domain;
using MedSec.Domain.Grids;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Grids;

/// <summary>
/// The pay-transparency figures of a payroll: <see cref="PayGapRules"/> with the median of the DataFrame layer
/// (<see cref="Percentiles.Type7(ReadOnlySpan{decimal}, decimal)"/>, type 7), and the per-employee information letter.
/// </summary>
public static class TransparencyService
{
    /// <summary>The type 7 median (P50) of the DataFrame layer.</summary>
    public static readonly MedianFunction Median = values => Percentiles.Type7([.. values], 0.5m);

    public static PayGapReport Report(IReadOnlyList<EmployeePay> employees, int k = GridDesignQuery.DefaultK) =>
        PayGapRules.Report(employees, k, Median);

    /// <summary>The information letter of one employee (art. 7); unknown code when the employee is not in the payroll.</summary>
    public static InformationLetter Letter(IReadOnlyList<EmployeePay> employees, string employeeId, DateOnly date, int k = GridDesignQuery.DefaultK)
    {
        var employee = employees.FirstOrDefault(e => string.Equals(e.EmployeeId, employeeId.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new MedSecInputException($"Matricule '{employeeId.Trim()}' absent de la paie importée.", InputErrorKind.UnknownCode);
        var colleagues = employees.Where(e => e.Gender is not null && LevelText.Key(e.Category) == LevelText.Key(employee.Category)).ToList();
        return InformationLetter.For(employee, PayGapRules.Category(employee.Category, colleagues, k, Median), date, k);
    }
}
