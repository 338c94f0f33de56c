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
    private readonly EnginePool _medianEngines;

    internal PayModel(MLContext ml, ITransformer chain, DataViewSchema inputSchema, ModelMetadata metadata)
    {
        Context = ml;
        Chain = chain;
        InputSchema = inputSchema;
        Metadata = metadata;
        Statistics = new ProfileStatistics(metadata.Counts);
        _engines = new EnginePool(ml, chain, inputSchema);
        _medianEngines = new EnginePool(ml, MedianOnly(chain), inputSchema);
        Compiled = CompiledMedian.TryCompile(chain, inputSchema);
    }

    public ModelMetadata Metadata { get; }

    internal MLContext Context { get; }

    internal ITransformer Chain { get; }

    internal DataViewSchema InputSchema { get; }

    internal ProfileStatistics Statistics { get; }

    /// <summary>The median model's trees, evaluated directly (explanations); null if the chain could not be read.</summary>
    internal CompiledMedian? Compiled { get; }

    /// <summary>The ln median the explanations use (compiled trees, or the engine for an unknown experience), for an observation's features.</summary>
    public double ExplanationLogMedian(ModelRow row) => LogMedian(FeatureEncoding.Row(row));

    /// <summary>Whether the median model's trees could be compiled (else explanations ask the engine).</summary>
    public bool IsCompiled => Compiled is not null;

    /// <summary>ln median of a feature row through the compiled trees, or through a median-only engine when they cannot answer.</summary>
    internal double LogMedian(PayFeatureRow row)
    {
        if (Compiled?.LogMedian(row) is { } fast) return fast;
        using var lease = RentMedianOnly();
        return Raw(lease.Engine, row).LogMedian;
    }

    internal EnginePool.Lease Rent() => _engines.Rent();

    /// <summary>An engine of the median model alone (no spread model): what the explanations' many predictions need.</summary>
    internal EnginePool.Lease RentMedianOnly() => _medianEngines.Rent();

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

    /// <summary>The chain without its last step, the spread model (features → median → copy to LogMedian).</summary>
    private static ITransformer MedianOnly(ITransformer chain) =>
        chain is TransformerChain<ITransformer> steps
            ? new TransformerChain<ITransformer>([.. steps.Take(steps.Count() - 1)])
            : throw new InvalidOperationException("The pay model is not the expected chain of four steps.");

    /// <summary>
    /// The profile's percentiles at <paramref name="probabilities"/> (monthly gross for 35 h, unrounded, no floor):
    /// exp(log median + σ(x) · q_sector(p)).
    /// </summary>
    internal double[] Percentiles(double logMedian, double spread, Sector sector, int cellCount, ReadOnlySpan<double> probabilities)
    {
        var calibration = Metadata.Calibration;
        var scale = calibration.Scale(spread, cellCount);
        var code = CodeBook.Sectors.ToCode(sector);
        var result = new double[probabilities.Length];
        for (var i = 0; i < probabilities.Length; i++)
            result[i] = Math.Exp(logMedian + scale * calibration.Quantile(code, probabilities[i]));
        return result;
    }
}
