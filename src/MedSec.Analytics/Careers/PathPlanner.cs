using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>
/// Lays out the paths from a starting profile: staying put; each move of careers.csv out of the starting role; and after a
/// move into a public grade, each further public move (grade promotion or concours interne). A move is placed at the
/// earliest month its years in the role allow, plus its typical delay; its training route comes next; a move whose new
/// role would only pay after the horizon is left out. Its probability is the chance the transition model gives it of
/// happening in at least one of the years from that earliest month on (with the training still ending within the horizon),
/// split between the routes to the same target in proportion to their priors.
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
        var start = eligible + (int)Math.Round(12m * move.DelayYears, MidpointRounding.AwayFromZero);
        var route = catalog.Route(move.TrainingRoute);
        var training = route?.DurationMonths ?? 0;
        var pays = start + training;
        if (pays >= TotalMonths) return null;

        var share = catalog.ShareOfTarget(move);
        var chances = new List<double>();
        for (var month = eligible; month + training < TotalMonths; month += 12)
        {
            var next = transitions.Next(Profile(move.From, specialty, month, entryMonth, yearsInRoleAtEntry));
            chances.Add(next.GetValueOrDefault(move.Target) * share);
        }
        return new PlannedMove(move, route, start, pays, PathArithmetic.AtLeastOnce(chances));
    }

    private TransitionProfile Profile(CareerRole role, Specialty specialty, int month, int entryMonth, int yearsInRoleAtEntry) =>
        new(role, query.Region, specialty, query.Experience + month / 12, yearsInRoleAtEntry + (month - entryMonth) / 12);
}
