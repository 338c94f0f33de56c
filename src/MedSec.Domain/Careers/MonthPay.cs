namespace MedSec.Domain.Careers;

/// <summary>The pay of one month of a path, each amount already rounded to the cent.</summary>
public readonly record struct MonthPay(string Role, string? Specialty, decimal Gross, decimal Net, bool Training);
