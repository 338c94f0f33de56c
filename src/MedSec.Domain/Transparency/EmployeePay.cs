using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Domain.Transparency;

/// <summary>
/// One employee's pay as an imported payroll gives it (personal data: it stays in the local store and never reaches market
/// statistics). The pay-gap and grid rules work on these records, whatever file or store they came from.
/// </summary>
/// <param name="Level">The employer's level or category (niveau, coefficient, positionnement), as written.</param>
/// <param name="Fte">Full-time equivalent (taux d'activité), 0 &lt; FTE ≤ 1.</param>
/// <param name="BaseMonthlyGross">Salaire de base brut mensuel as paid, for <paramref name="Fte"/>.</param>
/// <param name="AnnualBonuses">Primes brutes de l'année: the complementary or variable components.</param>
public sealed record EmployeePay(
    string EmployeeId,
    Gender? Gender,
    string? JobTitle,
    string? Level,
    DateOnly? HireDate,
    decimal Fte,
    decimal BaseMonthlyGross,
    decimal AnnualBonuses)
{
    /// <summary>Shown for employees whose payroll line has neither a level nor a job title.</summary>
    public const string Unclassified = "Non classé";

    /// <summary>
    /// The category of workers doing the same work or work of equal value (catégorie de travailleurs, Directive 2023/970
    /// art. 3 and 4): the employer's level, else the job title.
    /// </summary>
    public string Category => Clean(Level) ?? Clean(JobTitle) ?? Unclassified;

    /// <summary>The base salary of a full-time month: base ÷ FTE, to the cent.</summary>
    public decimal FullTimeMonthlyBase => Money.Cents(BaseMonthlyGross / Fte);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
