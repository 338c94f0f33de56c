using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>One year of a career history: the profile at its start and where it led.</summary>
public sealed record ObservedTransition(string PersonId, TransitionProfile Profile, TransitionTarget Target);

/// <summary>Turns career histories into yearly transitions.</summary>
public static class Transitions
{
    /// <summary>
    /// Consecutive lines of a person one year apart (12 months, give or take a month) make one transition; other gaps are
    /// skipped. The target is the next role; for a secretary who stays a secretary but changes specialty, the secretary in
    /// that specialty; else staying put. Years in the role count from the person's first line, where they are taken to
    /// equal the experience (a history does not say since when the first role is held).
    /// </summary>
    public static IReadOnlyList<ObservedTransition> FromHistories(IEnumerable<CareerHistoryRow> rows)
    {
        var transitions = new List<ObservedTransition>();
        foreach (var person in rows.GroupBy(r => r.PersonId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lines = person.OrderBy(r => r.Date).ToList();
            var yearsInRole = lines[0].ExperienceYears;
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                var (now, next) = (lines[i], lines[i + 1]);
                var months = (next.Date.Year - now.Date.Year) * 12 + next.Date.Month - now.Date.Month;
                if (months is >= 11 and <= 13)
                {
                    var profile = new TransitionProfile(now.Role, now.Region, now.Specialty, now.ExperienceYears, yearsInRole);
                    transitions.Add(new ObservedTransition(person.Key, profile, TargetOf(now, next)));
                }
                var elapsed = Math.Max(0, (int)Math.Round(months / 12.0));
                yearsInRole = next.Role == now.Role ? yearsInRole + elapsed : 0;
            }
        }
        return transitions;
    }

    public static TransitionTarget TargetOf(CareerHistoryRow now, CareerHistoryRow next) =>
        next.Role != now.Role ? new TransitionTarget(next.Role)
        : now.Role == CareerRole.Secretary && next.Specialty != now.Specialty ? new TransitionTarget(CareerRole.Secretary, next.Specialty)
        : new TransitionTarget(now.Role);
}
