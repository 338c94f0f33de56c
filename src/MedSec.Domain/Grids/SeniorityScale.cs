namespace MedSec.Domain.Grids;

/// <summary>
/// The seniority steps (échelons d'ancienneté) a designed grid may have: 0, 2, 5, 10, 15, 20, 25, 30 and 35 years, the
/// thresholds of the experience add-on of IDCC 2264's classification (avenant n° 33 du 22 février 2023, RESEARCH.md §2.2),
/// the only seniority scale among the agreements MedSec covers. A grid of S steps uses the first S of them.
/// </summary>
public static class SeniorityScale
{
    public static readonly IReadOnlyList<int> Years = [0, 2, 5, 10, 15, 20, 25, 30, 35];

    public static int MaxSteps => Years.Count;

    /// <summary>The first <paramref name="count"/> thresholds (1 ≤ count ≤ <see cref="MaxSteps"/>).</summary>
    public static IReadOnlyList<int> Steps(int count)
    {
        if (count < 1 || count > MaxSteps) throw GridErrors.StepsOutOfRange(count);
        return [.. Years.Take(count)];
    }

    /// <summary>
    /// Completed years between <paramref name="hireDate"/> and <paramref name="date"/> (ancienneté), 0 for a hire date
    /// after the date.
    /// </summary>
    public static int CompletedYears(DateOnly hireDate, DateOnly date)
    {
        if (hireDate >= date) return 0;
        var years = date.Year - hireDate.Year;
        return hireDate.AddYears(years) > date ? years - 1 : years;
    }

    /// <summary>The step an employee with <paramref name="years"/> of seniority is on: the highest threshold ≤ years.</summary>
    public static int StepOf(IReadOnlyList<int> steps, int years)
    {
        var step = steps[0];
        foreach (var s in steps)
            if (s <= years) step = s;
        return step;
    }
}
