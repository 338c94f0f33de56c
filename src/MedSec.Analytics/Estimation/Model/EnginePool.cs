using System.Collections.Concurrent;
using Microsoft.ML;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// ML.NET's <see cref="PredictionEngine{TSrc,TDst}"/> is not thread-safe: each caller rents one for the duration of one
/// estimate and gives it back. Engines are created on demand and at most <see cref="MaximumIdle"/> are kept.
/// </summary>
internal sealed class EnginePool(MLContext ml, ITransformer chain, DataViewSchema schema)
{
    public const int MaximumIdle = 16;

    private readonly ConcurrentBag<PredictionEngine<PayFeatureRow, PayModelOutput>> _idle = [];
    private readonly Lock _create = new();

    public Lease Rent()
    {
        if (_idle.TryTake(out var engine)) return new Lease(this, engine);
        lock (_create) return new Lease(this, ml.Model.CreatePredictionEngine<PayFeatureRow, PayModelOutput>(chain, schema));
    }

    private void Return(PredictionEngine<PayFeatureRow, PayModelOutput> engine)
    {
        if (_idle.Count < MaximumIdle) _idle.Add(engine);
        else engine.Dispose();
    }

    /// <summary>One rented engine; disposing it returns the engine to the pool.</summary>
    public readonly struct Lease(EnginePool pool, PredictionEngine<PayFeatureRow, PayModelOutput> engine) : IDisposable
    {
        public PredictionEngine<PayFeatureRow, PayModelOutput> Engine { get; } = engine;

        public void Dispose() => pool.Return(Engine);
    }
}
