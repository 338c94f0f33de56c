using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>
/// The baseline: yearly transition frequencies per starting role, smoothed toward careers.csv's priors.
/// p(target | role) = (n(role → target) + κ × prior(target)) / (n(role) + κ), κ = <c>prior-strength</c> pseudo person-years;
/// a role without data gets its priors. Each role's probabilities therefore sum to 1, staying put included.
/// </summary>
public sealed class CountingTransitionModel : ITransitionModel
{
    public const string ModelName = "counting";

    private readonly Dictionary<CareerRole, IReadOnlyDictionary<TransitionTarget, double>> _byRole = [];

    public CountingTransitionModel(CareerCatalog catalog, IEnumerable<ObservedTransition> transitions)
        : this(catalog, transitions, (double)catalog.Parameter(CareerCatalog.PriorStrengthCode))
    {
    }

    public CountingTransitionModel(CareerCatalog catalog, IEnumerable<ObservedTransition> transitions, double priorStrength)
    {
        if (priorStrength < 0) throw new ArgumentOutOfRangeException(nameof(priorStrength));
        var counts = transitions.GroupBy(t => t.Profile.Role)
            .ToDictionary(g => g.Key, g => g.GroupBy(t => t.Target).ToDictionary(t => t.Key, t => (double)t.Count()));
        foreach (var role in Enum.GetValues<CareerRole>())
        {
            var priors = catalog.Priors(role);
            var observed = counts.GetValueOrDefault(role) ?? [];
            var n = observed.Values.Sum();
            var denominator = n + priorStrength;
            var targets = priors.Keys.Union(observed.Keys);
            _byRole[role] = denominator <= 0
                ? priors
                : targets.ToDictionary(t => t, t => (observed.GetValueOrDefault(t) + priorStrength * priors.GetValueOrDefault(t)) / denominator);
        }
        PriorStrength = priorStrength;
    }

    public double PriorStrength { get; }

    public string Name => ModelName;

    public IReadOnlyDictionary<TransitionTarget, double> Next(TransitionProfile profile) => _byRole[profile.Role];
}
