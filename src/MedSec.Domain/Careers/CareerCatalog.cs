using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>
/// Roles, moves, training routes, freelance charge rates and model parameters of careers.csv. The constructor checks
/// what the rest of the code relies on: every role defined once, every move's roles and route defined, the priors of the
/// moves out of each role summing to at most 1.
/// </summary>
public sealed class CareerCatalog
{
    public const string FreelanceChargeCode = "micro-bnc-ssi";
    public const string PriorStrengthCode = "prior-strength";
    public const string FullCareerYearsCode = "full-career-years";

    private readonly Dictionary<CareerRole, RoleDefinition> _roles;
    private readonly Dictionary<string, TrainingRoute> _routes;

    public CareerCatalog(
        IReadOnlyList<RoleDefinition> roles,
        IReadOnlyList<CareerMove> moves,
        IReadOnlyList<TrainingRoute> routes,
        IReadOnlyList<DatedValue> values)
    {
        Roles = roles;
        Moves = moves;
        Routes = routes;
        Values = values;
        _roles = [];
        foreach (var role in roles)
        {
            if (!_roles.TryAdd(role.Role, role)) throw CareerErrors.Catalog($"role {role.Code} is defined twice");
        }
        foreach (var missing in Enum.GetValues<CareerRole>().Where(r => !_roles.ContainsKey(r)))
            throw CareerErrors.Catalog($"role {CareerRoles.Code(missing)} is not defined");
        _routes = [];
        foreach (var route in routes)
        {
            if (!_routes.TryAdd(route.Code, route)) throw CareerErrors.Catalog($"training route {route.Code} is defined twice");
        }
        foreach (var move in moves)
        {
            if (move.TrainingRoute is { } code && !_routes.ContainsKey(code))
                throw CareerErrors.Catalog($"move {move.Code} names the unknown training route {code}");
            if (move.From == move.To && move.ToSpecialty is null)
                throw CareerErrors.Catalog($"move {move.Code} leads back to its own role without a change of specialty");
        }
        if (moves.Select(m => m.Code).Distinct().Count() != moves.Count) throw CareerErrors.Catalog("two moves share a code");
        foreach (var group in moves.GroupBy(m => m.From))
        {
            var sum = group.Sum(m => m.AnnualProbability);
            if (sum > 1.0) throw CareerErrors.Catalog($"the priors of the moves out of {CareerRoles.Code(group.Key)} sum to {sum} > 1");
        }
    }

    public IReadOnlyList<RoleDefinition> Roles { get; }

    public IReadOnlyList<CareerMove> Moves { get; }

    public IReadOnlyList<TrainingRoute> Routes { get; }

    /// <summary>Charge rates and parameters (kinds <c>charge</c> and <c>parameter</c>).</summary>
    public IReadOnlyList<DatedValue> Values { get; }

    public RoleDefinition Role(CareerRole role) => _roles[role];

    public TrainingRoute? Route(string? code) => code is null ? null : _routes[code];

    public IEnumerable<CareerMove> MovesFrom(CareerRole role) => Moves.Where(m => m.From == role);

    /// <summary>
    /// The prior yearly probability of each target out of <paramref name="role"/>: the sum of its moves' priors (several
    /// training routes may lead to one role), with staying put taking the rest. Sums to 1.
    /// </summary>
    public IReadOnlyDictionary<TransitionTarget, double> Priors(CareerRole role)
    {
        var priors = MovesFrom(role)
            .GroupBy(m => m.Target)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.AnnualProbability));
        priors[new TransitionTarget(role)] = Math.Max(0.0, 1.0 - priors.Values.Sum());
        return priors;
    }

    /// <summary>The share of its target's prior that one move holds (1 when it is the only route to that target).</summary>
    public double ShareOfTarget(CareerMove move)
    {
        var total = MovesFrom(move.From).Where(m => m.Target == move.Target).Sum(m => m.AnnualProbability);
        return total > 0 ? move.AnnualProbability / total : 1.0;
    }

    /// <summary>The value of kind <paramref name="kind"/> and code <paramref name="code"/> in force at a date.</summary>
    public DatedValue ValueAt(string kind, string code, DateOnly date)
    {
        var rows = Values.Where(v => v.Kind == kind && v.Code == code).ToList();
        if (rows.Count == 0) throw CareerErrors.Catalog($"no {kind} '{code}' in careers.csv");
        return rows.Where(v => v.InForceAt(date)).OrderByDescending(v => v.ValidFrom ?? DateOnly.MinValue).FirstOrDefault()
            // Before the first known value: the first one; after the last: the last one (like every reference table).
            ?? (date < rows.Min(v => v.ValidFrom ?? DateOnly.MinValue)
                ? rows.OrderBy(v => v.ValidFrom ?? DateOnly.MinValue).First()
                : rows.OrderByDescending(v => v.ValidFrom ?? DateOnly.MinValue).First());
    }

    /// <summary>A parameter of the models (kind <c>parameter</c>); parameters have no validity in practice.</summary>
    public decimal Parameter(string code) => ValueAt("parameter", code, DateOnly.MaxValue).Value;

    /// <summary>The micro-social rate of a freelance télésecrétaire at a date.</summary>
    public decimal FreelanceChargeRate(DateOnly date) => ValueAt("charge", FreelanceChargeCode, date).Value;
}
