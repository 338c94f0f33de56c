using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>
/// Avancement d'échelon in one grade (décret 2011-661 art. 24 for AMA, décret 2016-636 for adjoints): an agent moves to
/// the next échelon once the duration of the current one has passed. Grade promotion is a probability, not a rule, so
/// it is not modelled here.
/// </summary>
public static class PublicCareerRules
{
    /// <summary>Longest timeline asked for: a whole career fits in it.</summary>
    public const int MaxYears = 50;

    /// <summary>
    /// One step at the start date, then one per échelon change up to <paramref name="years"/> after it (a change on that
    /// day included). Each duration is the one of the grid in force when the échelon is entered; each step's pay is
    /// computed at its own date (zone 3, CTI included). Dates beyond the newest data keep the last known figures.
    /// </summary>
    public static PublicCareer Timeline(ReferenceData data, GradeCode grade, DateOnly start, int years, int startEchelon = 1)
    {
        if (years is < 1 or > MaxYears) throw PayErrors.YearsOutOfRange(years, MaxYears);
        if (start > DateOnly.MaxValue.AddYears(-years)) throw PayErrors.BeyondCalendar(start, years);
        var end = start.AddYears(years);
        var steps = new List<CareerStep>();
        var warnings = new List<string>();

        // Each change is counted in months from the start, not from the change before: month by month, 29/02 or the 31st
        // would drift for good to the 28th (29/02/2024 + 4 × 12 months reached 28/02/2028).
        var (date, echelon, elapsed) = (start, startEchelon, 0);
        while (true)
        {
            var gridStep = PublicPayRules.GridStepAt(data, grade, echelon, date);
            var pay = PublicPayRules.Compute(data, grade, echelon, date);
            steps.Add(CareerStep.Of(pay));
            warnings.AddRange(pay.Warnings);

            if (gridStep.DurationMonths is not { } months || months <= 0) break;
            var next = start.AddMonths(elapsed + months);
            if (next > end) break;
            (date, echelon, elapsed) = (next, echelon + 1, elapsed + months);
        }

        if (data.Horizon() is var horizon && end > horizon) warnings.Add(PayWarnings.BeyondData(horizon));
        return new PublicCareer(CodeBook.Grades.ToCode(grade), start, years, startEchelon, steps, warnings.Distinct().ToList());
    }
}
