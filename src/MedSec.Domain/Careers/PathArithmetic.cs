using MedSec.Domain.Pay;

namespace MedSec.Domain.Careers;

/// <summary>The sums behind a path: yearly steps from months, cumulative totals, the chance of a move within a window.</summary>
public static class PathArithmetic
{
    /// <summary>
    /// One step per 12 months from <paramref name="start"/>: average gross and net rounded to the cent (half away from
    /// zero), the role of the year's last month, and its training months. The month count must be a whole number of years.
    /// </summary>
    public static IReadOnlyList<PathStep> YearlySteps(IReadOnlyList<MonthPay> months, DateOnly start)
    {
        if (months.Count % WorkingTime.MonthsPerYear != 0) throw new ArgumentException("a path has a whole number of years", nameof(months));
        var steps = new List<PathStep>(months.Count / WorkingTime.MonthsPerYear);
        for (var year = 0; year < months.Count / WorkingTime.MonthsPerYear; year++)
        {
            var slice = months.Skip(year * WorkingTime.MonthsPerYear).Take(WorkingTime.MonthsPerYear).ToList();
            var last = slice[^1];
            steps.Add(new PathStep(
                year + 1,
                start.AddMonths(year * WorkingTime.MonthsPerYear),
                last.Role,
                last.Specialty,
                Money.Cents(slice.Sum(m => m.Gross) / WorkingTime.MonthsPerYear),
                Money.Cents(slice.Sum(m => m.Net) / WorkingTime.MonthsPerYear),
                slice.Count(m => m.Training)));
        }
        return steps;
    }

    public static decimal CumulativeGross(IEnumerable<PathStep> steps) => steps.Sum(s => s.MonthlyGross * WorkingTime.MonthsPerYear);

    public static decimal CumulativeNet(IEnumerable<PathStep> steps) => steps.Sum(s => s.MonthlyNet * WorkingTime.MonthsPerYear);

    /// <summary>The chance that an event of yearly probabilities <paramref name="yearly"/> happens in one of those years: 1 − Π(1 − p).</summary>
    public static double AtLeastOnce(IEnumerable<double> yearly) => 1.0 - yearly.Aggregate(1.0, (none, p) => none * (1.0 - Math.Clamp(p, 0.0, 1.0)));

    /// <summary>
    /// The chance that a move is the one made out of a role, in one of the years: Σ_t (Π_{s&lt;t} stay_s) × move_t, with
    /// move_t its yearly probability (0 in a year it is not open) and stay_t the chance of making no move that year. A
    /// year makes at most one move, so the other moves compete: someone who left by another one in an earlier year no
    /// longer holds the role. The moves out of a role and staying put are thus exclusive and their chances add up to at
    /// most 1, where <see cref="AtLeastOnce"/> of each move alone counted every year as if no one had left (a 10-year
    /// plan from secretary summed to 150 %).
    /// </summary>
    public static double FirstMove(IEnumerable<(double Move, double Stay)> years)
    {
        var (chance, stillInRole) = (0.0, 1.0);
        foreach (var (move, stay) in years)
        {
            chance += stillInRole * Math.Clamp(move, 0.0, 1.0);
            stillInRole *= Math.Clamp(stay, 0.0, 1.0);
        }
        return Math.Clamp(chance, 0.0, 1.0);
    }

    /// <summary>The chance that nothing of yearly probabilities <paramref name="yearly"/> happens: Π(1 − p).</summary>
    public static double Never(IEnumerable<double> yearly) => 1.0 - AtLeastOnce(yearly);

    /// <summary>p × path + (1 − p) × fallback, to the cent.</summary>
    public static decimal Expected(decimal probability, decimal pathNet, decimal fallbackNet) =>
        Money.Cents(probability * pathNet + (1m - probability) * fallbackNet);

    /// <summary>A probability as shown: 4 decimals.</summary>
    public static decimal Probability(double p) => Math.Round((decimal)Math.Clamp(p, 0.0, 1.0), 4, MidpointRounding.AwayFromZero);
}
