namespace MedSec.Domain.Grids;

/// <summary>
/// The pay range (fourchette de rémunération) to publish in a job ad for a grid level, as the Pay Transparency Directive
/// (EU) 2023/970 art. 5 asks: full-time monthly gross from the first to the last seniority step, and the same a year
/// (× 12), with the applicable collective agreement named.
/// </summary>
/// <param name="Agreement">The IDCC code of the applicable agreement, null when none was given.</param>
public sealed record JobAdRange(int Level, string Label, decimal MonthlyMin, decimal MonthlyMax, decimal AnnualMin, decimal AnnualMax, string? Agreement);
