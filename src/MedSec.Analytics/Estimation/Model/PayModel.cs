using MedSec.Domain.Codes;
using Microsoft.ML;

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
    }

    public ModelMetadata Metadata { get; }

    internal MLContext Context { get; }

    internal ITransformer Chain { get; }

    internal DataViewSchema InputSchema { get; }

    internal ProfileStatistics Statistics { get; }

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
        var calibration = Metadata.Calibration;
        var scale = calibration.Scale(spread, cellCount);
        var code = CodeBook.Sectors.ToCode(sector);
        var result = new double[probabilities.Length];
        for (var i = 0; i < probabilities.Length; i++)
            result[i] = Math.Exp(logMedian + scale * calibration.Quantile(code, probabilities[i]));
        return result;
    }
}
