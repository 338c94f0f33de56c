using MedSec.Domain.Codes;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// A trained pay model: the ML.NET chain (one-hot features → LightGBM median of ln gross → LightGBM spread), its
/// interval calibration and profile counts. Thread-safe: every prediction rents its own engine from a pool.
/// </summary>
public sealed class PayModel
{
    private readonly EnginePool _engines;

    internal PayModel(MLContext ml, ITransformer chain, DataViewSchema inputSchema, ModelMetadata metadata)
    {
        Context = ml;
        Chain = chain;
        InputSchema = inputSchema;
        Metadata = metadata;
        Statistics = new ProfileStatistics(metadata.Counts);
        _engines = new EnginePool(ml, chain, inputSchema);
        Compiled = CompiledModel.TryCompile(chain, inputSchema);
    }

    public ModelMetadata Metadata { get; }

    internal MLContext Context { get; }

    internal ITransformer Chain { get; }

    internal DataViewSchema InputSchema { get; }

    internal ProfileStatistics Statistics { get; }

    /// <summary>The trees of the median and spread models, evaluated directly (explanations); null if the chain could not be read.</summary>
    internal CompiledModel? Compiled { get; }

    /// <summary>The ln median the explanations use (compiled trees, or the engine for an unknown experience), for an observation's features.</summary>
    public double ExplanationLogMedian(ModelRow row) => ExplanationRaw(FeatureEncoding.Row(row)).LogMedian;

    /// <summary>The spread score the explanations use (compiled trees, or the engine for an unknown experience), for an observation's features.</summary>
    public double ExplanationSpread(ModelRow row) => ExplanationRaw(FeatureEncoding.Row(row)).Spread;

    /// <summary>Whether the models' trees could be compiled (else explanations ask the engine).</summary>
    public bool IsCompiled => Compiled is not null;

    /// <summary>ln median and spread score of a feature row through the compiled trees, or through the engine when they cannot answer.</summary>
    internal (double LogMedian, double Spread) ExplanationRaw(PayFeatureRow row)
    {
        if (Compiled?.Raw(row) is { } fast) return fast;
        using var lease = Rent();
        return Raw(lease.Engine, row);
    }

    internal EnginePool.Lease Rent() => _engines.Rent();

    /// <summary>The raw prediction for an observation's own features (missing ones as unknown): ln median and spread score.</summary>
    public (double LogMedian, double Spread) Predict(ModelRow row)
    {
        using var lease = Rent();
        return Raw(lease.Engine, FeatureEncoding.Row(row));
    }

    /// <summary>ln median before calibration and the raw spread score for one feature row.</summary>
    internal static (double LogMedian, double Spread) Raw(PredictionEngine<PayFeatureRow, PayModelOutput> engine, PayFeatureRow row)
    {
        var output = engine.Predict(row);
        return (output.LogMedian, output.Score);
    }

    /// <summary>
    /// The profile's percentiles at <paramref name="probabilities"/> (monthly gross for 35 h, unrounded, no floor):
    /// exp(log median + σ(x) · q_sector(p)).
    /// </summary>
    internal double[] Percentiles(double logMedian, double spread, Sector sector, int cellCount, ReadOnlySpan<double> probabilities)
    {
        var result = new double[probabilities.Length];
        for (var i = 0; i < probabilities.Length; i++)
            result[i] = Percentile(logMedian, spread, sector, cellCount, probabilities[i]);
        return result;
    }

    /// <summary>One percentile of a profile, as <see cref="Percentiles"/> gives it: the explanations' medians are the estimate's.</summary>
    internal double Percentile(double logMedian, double spread, Sector sector, int cellCount, double probability)
    {
        var calibration = Metadata.Calibration;
        return Math.Exp(logMedian + calibration.Scale(spread, cellCount) * calibration.Quantile(CodeBook.Sectors.ToCode(sector), probability));
    }
}
