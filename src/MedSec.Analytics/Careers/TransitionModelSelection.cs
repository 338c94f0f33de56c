using MedSec.Domain.Careers;

namespace MedSec.Analytics.Careers;

/// <summary>
/// Chooses the transition model: persons are split (seeded) into 80 % for training and 20 % held out; the counting
/// baseline and the ML.NET model are trained on the first and scored by log-loss on the second; the better one is then
/// refitted on every history and returned with the comparison.
/// </summary>
public static class TransitionModelSelection
{
    public const int DefaultSeed = 6;
    public const double HeldOutShare = 0.2;

    /// <summary>Below this many training transitions (or with a single target), the ML model is not trained.</summary>
    public const int MinimumForMl = 200;

    /// <summary>The floor put under a probability before taking its log (a model that gives 0 to what happened).</summary>
    public const double ProbabilityFloor = 1e-15;

    public static (ITransitionModel Model, TransitionModelReport Report) Select(
        CareerCatalog catalog, IReadOnlyList<CareerHistoryRow> histories, bool synthetic, int seed = DefaultSeed)
    {
        var all = Transitions.FromHistories(histories);
        var (train, heldOut) = Split(all, seed);
        var baseline = new CountingTransitionModel(catalog, train);
        var baselineLoss = LogLoss(baseline, heldOut);

        double? mlLoss = null;
        if (train.Count >= MinimumForMl && train.Select(t => t.Target).Distinct().Count() > 1 && heldOut.Count > 0)
            mlLoss = LogLoss(MlTransitionModel.Train(catalog, train, seed), heldOut);

        var useMl = mlLoss is { } m && m < baselineLoss;
        ITransitionModel chosen = useMl ? MlTransitionModel.Train(catalog, all, seed) : new CountingTransitionModel(catalog, all);
        var persons = heldOut.Select(t => t.PersonId).Distinct().Count();
        return (chosen, new TransitionModelReport(chosen.Name, baselineLoss, mlLoss, train.Count, heldOut.Count, persons, synthetic));
    }

    /// <summary>Mean −ln p(observed target) over <paramref name="transitions"/>, each probability floored at 1e-15; 0 for none.</summary>
    public static double LogLoss(ITransitionModel model, IReadOnlyList<ObservedTransition> transitions) =>
        transitions.Count == 0 ? 0.0
        : transitions.Average(t => -Math.Log(Math.Max(ProbabilityFloor, model.Next(t.Profile).GetValueOrDefault(t.Target))));

    /// <summary>Held-out persons: a seeded shuffle of the distinct person ids, the first 20 % of them.</summary>
    public static (IReadOnlyList<ObservedTransition> Train, IReadOnlyList<ObservedTransition> HeldOut) Split(
        IReadOnlyList<ObservedTransition> transitions, int seed)
    {
        var persons = transitions.Select(t => t.PersonId).Distinct().Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(persons);
        var heldOut = persons.Take((int)Math.Round(persons.Length * HeldOutShare)).ToHashSet(StringComparer.Ordinal);
        return (transitions.Where(t => !heldOut.Contains(t.PersonId)).ToList(), transitions.Where(t => heldOut.Contains(t.PersonId)).ToList());
    }
}
