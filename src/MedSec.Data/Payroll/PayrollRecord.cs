using MedSec.Domain.Observations;

namespace MedSec.Data.Payroll;

/// <summary>
/// One employee of an employer's payroll export (fichier de paie). Personal data: kept only in the local store, in its
/// own table, never mixed into market observations.
/// </summary>
/// <param name="Line">Physical line of the input where the record starts (header = line 1).</param>
/// <param name="EmployeeId">The employer's identifier (matricule), unique within the file.</param>
/// <param name="Level">The level or category as the employer writes it (niveau, catégorie, coefficient, positionnement).</param>
/// <param name="HireDate">Date d'entrée, optional.</param>
/// <param name="Fte">Full-time equivalent (ETP, taux d'activité): 0 &lt; FTE ≤ 1.</param>
/// <param name="BaseMonthlyGross">Salaire de base brut mensuel as paid, for <paramref name="Fte"/>.</param>
/// <param name="AnnualBonuses">Primes brutes de l'année (0 when none).</param>
public sealed record PayrollRecord(
    long Line,
    string EmployeeId,
    Gender? Gender,
    string? JobTitle,
    string? Level,
    DateOnly? HireDate,
    decimal Fte,
    decimal BaseMonthlyGross,
    decimal AnnualBonuses)
{
    /// <summary>The base salary of a full-time month (35 h): base ÷ FTE, to the cent.</summary>
    public decimal FullTimeMonthlyBase => Math.Round(BaseMonthlyGross / Fte, 2, MidpointRounding.AwayFromZero);
}
