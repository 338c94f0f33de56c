using MedSec.Analytics.Pay;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Analytics.Careers;

/// <summary>
/// The pay of an agent in one grade from an entry date: the échelons of the career timeline of
/// <see cref="IPayService.PublicCareer"/> (zone 3, CTI included, échelons only), each paid at the date it is asked for.
/// An agent already part-way through an échelon stays in it (from the entry date) until its duration ends, then follows
/// the timeline from the next échelon.
/// </summary>
public sealed class PublicTrack
{
    private readonly IPayService _pay;
    private readonly List<CareerStep> _steps;
    private readonly List<string> _warnings;
    private readonly Dictionary<DateOnly, CareerStep> _paidAt = [];

    private PublicTrack(IPayService pay, GradeCode grade, List<CareerStep> steps, IEnumerable<string> warnings)
    {
        _pay = pay;
        Grade = grade;
        _steps = steps;
        _warnings = [.. warnings.Distinct()];
    }

    public GradeCode Grade { get; }

    public IReadOnlyList<CareerStep> Steps => _steps;

    /// <summary>The timeline's warnings and those of the pay at every date asked for since.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>
    /// The échelon in force at <paramref name="date"/> (the first one before the entry date), paid at that date. The pay
    /// of an échelon is not held from the day it was entered: the SMIC, the point or the grid may change while the agent
    /// is in it, and the indemnité différentielle (décret n° 91-769 du 2 août 1991, art. 1) tops the traitement up to the
    /// SMIC of each month — a step paid at its entry date fell under the SMIC of 1 June 2026 for months.
    /// </summary>
    public CareerStep At(DateOnly date)
    {
        var step = _steps.LastOrDefault(s => s.Date <= date) ?? _steps[0];
        if (date <= step.Date) return step;
        if (_paidAt.TryGetValue(date, out var paid)) return paid;

        var pay = _pay.PublicPay(new PublicPayQuery(Grade, step.Echelon, date));
        foreach (var warning in pay.Warnings.Where(w => !_warnings.Contains(w))) _warnings.Add(warning);
        return _paidAt[date] = CareerStep.Of(pay);
    }

    /// <summary>Enters <paramref name="grade"/> on <paramref name="entry"/> at <paramref name="position"/>, for <paramref name="months"/> months at least.</summary>
    public static PublicTrack Enter(IPayService pay, ReferenceData reference, GradeCode grade, DateOnly entry, GradePosition position, int months)
    {
        var years = Math.Clamp((months + 11) / 12, 1, PublicCareerRules.MaxYears);
        if (position.MonthsInEchelon == 0)
        {
            var career = pay.PublicCareer(new PublicCareerQuery(grade, entry, years, position.Echelon));
            return new PublicTrack(pay, grade, [.. career.Steps], career.Warnings);
        }

        var current = pay.PublicPay(new PublicPayQuery(grade, position.Echelon, entry));
        var first = CareerStep.Of(current);
        var duration = GradePosition.GridAt(reference, grade, entry).FirstOrDefault(s => s.Echelon == position.Echelon)?.DurationMonths;
        if (duration is not { } d || d <= 0) return new PublicTrack(pay, grade, [first], current.Warnings);

        var next = entry.AddMonths(Math.Max(1, d - position.MonthsInEchelon));
        var rest = pay.PublicCareer(new PublicCareerQuery(grade, next, years, position.Echelon + 1));
        return new PublicTrack(pay, grade, [first, .. rest.Steps], [.. current.Warnings, .. rest.Warnings]);
    }
}
