using MedSec.Analytics.Pay;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Analytics.Careers;

/// <summary>
/// The pay of an agent in one grade from an entry date: the career timeline of <see cref="IPayService.PublicCareer"/>
/// (zone 3, CTI included, échelons only), each step's total monthly gross held until the next step. An agent already
/// part-way through an échelon is paid that échelon (at the entry date) until its duration ends, then follows the timeline
/// from the next échelon.
/// </summary>
public sealed class PublicTrack
{
    private readonly List<CareerStep> _steps;

    private PublicTrack(GradeCode grade, List<CareerStep> steps, IReadOnlyList<string> warnings)
    {
        Grade = grade;
        _steps = steps;
        Warnings = warnings;
    }

    public GradeCode Grade { get; }

    public IReadOnlyList<CareerStep> Steps => _steps;

    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The step in force at <paramref name="date"/> (the first one before the entry date).</summary>
    public CareerStep At(DateOnly date) => _steps.LastOrDefault(s => s.Date <= date) ?? _steps[0];

    /// <summary>Enters <paramref name="grade"/> on <paramref name="entry"/> at <paramref name="position"/>, for <paramref name="months"/> months at least.</summary>
    public static PublicTrack Enter(IPayService pay, ReferenceData reference, GradeCode grade, DateOnly entry, GradePosition position, int months)
    {
        var years = Math.Clamp((months + 11) / 12, 1, PublicCareerRules.MaxYears);
        if (position.MonthsInEchelon == 0)
        {
            var career = pay.PublicCareer(new PublicCareerQuery(grade, entry, years, position.Echelon));
            return new PublicTrack(grade, [.. career.Steps], career.Warnings);
        }

        var current = pay.PublicPay(new PublicPayQuery(grade, position.Echelon, entry));
        var first = CareerStep.Of(current);
        var duration = GradePosition.GridAt(reference, grade, entry).FirstOrDefault(s => s.Echelon == position.Echelon)?.DurationMonths;
        if (duration is not { } d || d <= 0) return new PublicTrack(grade, [first], current.Warnings);

        var next = entry.AddMonths(Math.Max(1, d - position.MonthsInEchelon));
        var rest = pay.PublicCareer(new PublicCareerQuery(grade, next, years, position.Echelon + 1));
        return new PublicTrack(grade, [first, .. rest.Steps], [.. current.Warnings, .. rest.Warnings]);
    }
}
