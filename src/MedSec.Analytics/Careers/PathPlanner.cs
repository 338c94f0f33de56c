using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>
/// Lays out the paths from a starting profile: staying put; each move of careers.csv out of the starting role; and after a
/// move into a public grade, each further public move (grade promotion or concours interne). A move is placed at the
/// earliest month its years in the role allow, plus its typical delay; its training route comes next; a move whose new
/// role would only pay after the horizon is left out. Its probability is the chance, under the transition model, that it is
/// the move decided out of the role in one of the years from that earliest month on (with its delay and training still
/// ending within the horizon; <see cref="PathArithmetic.FirstMove"/>: someone who left by another move earlier is no longer there), split
/// between the routes to the same target in proportion to their priors. The first moves and staying put exclude each other.
/// </summary>
public sealed class PathPlanner(CareerCatalog catalog, ITransitionModel transitions, PathsQuery query)
{
    private int TotalMonths => query.Years * 12;

    public IEnumerable<IReadOnlyList<PlannedMove>> Plans()
    {
        yield return [];
        foreach (var move in catalog.MovesFrom(query.Role))
        {
            if (move.ToSpecialty == query.Specialty) continue;
            if (Place(move, entryMonth: 0, yearsInRoleAtEntry: query.Experience, query.Specialty) is not { } first) continue;
            yield return [first];
            if (!CareerRoles.IsPublic(move.To)) continue;
            foreach (var next in catalog.MovesFrom(move.To).Where(m => CareerRoles.IsPublic(m.To)))
            {
                if (Place(next, first.PayMonth, 0, move.ToSpecialty ?? query.Specialty) is { } second) yield return [first, second];
            }
        }
    }

    /// <summary>The chance of making no move at all over the horizon: Π over the years of p(staying put).</summary>
    public double StayProbability() =>
        PathArithmetic.Never(Enumerable.Range(0, query.Years).Select(year =>
        {
            var next = transitions.Next(Profile(query.Role, query.Specialty, year * 12, 0, query.Experience));
            return 1.0 - next.GetValueOrDefault(new TransitionTarget(query.Role));
        }));

    public PlannedMove? Place(CareerMove move, int entryMonth, int yearsInRoleAtEntry, Specialty specialty)
    {
        var eligible = entryMonth + 12 * Math.Max(0, move.MinYearsInRole - yearsInRoleAtEntry);
        var delay = (int)Math.Round(12m * move.DelayYears, MidpointRounding.AwayFromZero);
        var start = eligible + delay;
        var route = catalog.Route(move.TrainingRoute);
        var training = route?.DurationMonths ?? 0;
        var pays = start + training;
        if (pays >= TotalMonths) return null;

        // From the entry into the role, not from eligibility: the years before it are years someone may leave by another move.
        // A move decided in a year starts its delay later, then trains: only the years whose move still pays within the
        // horizon count (a decision in the fifth year of five, started a year later, once counted for a move never paid).
        var share = catalog.ShareOfTarget(move);
        var stay = new TransitionTarget(move.From);
        var years = new List<(double Move, double Stay)>();
        for (var month = entryMonth; month + delay + training < TotalMonths; month += 12)
        {
            var next = transitions.Next(Profile(move.From, specialty, month, entryMonth, yearsInRoleAtEntry));
            years.Add((month >= eligible ? next.GetValueOrDefault(move.Target) * share : 0.0, next.GetValueOrDefault(stay)));
        }
        return new PlannedMove(move, route, start, pays, PathArithmetic.FirstMove(years));
    }

    private TransitionProfile Profile(CareerRole role, Specialty specialty, int month, int entryMonth, int yearsInRoleAtEntry) =>
        new(role, query.Region, specialty, query.Experience + month / 12, yearsInRoleAtEntry + (month - entryMonth) / 12);
}
