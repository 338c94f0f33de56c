using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Market;
using MedSec.Data.Store;

namespace MedSec.Analytics.Estimation;

/// <summary>Where the estimator finds its data and keeps its model.</summary>
/// <param name="ModelDirectory">Saved models (default <c>$MEDSEC_HOME/models</c>).</param>
/// <param name="SampleFile">The bundled synthetic sample (default <see cref="MarketData.DefaultSampleFile"/>).</param>
/// <param name="DatabasePath">The local store whose imported observations <c>medsec train</c> adds (default <c>$MEDSEC_HOME/medsec.db</c>); null for none.</param>
/// <param name="Training">How models are trained.</param>
public sealed record EstimationSettings(
    string ModelDirectory,
    string SampleFile,
    string? DatabasePath,
    TrainingOptions Training)
{
    public const string ModelsFolder = "models";

    public static EstimationSettings Default() => new(
        Path.Combine(StoreLocation.Home(), ModelsFolder), MarketData.DefaultSampleFile(), StoreLocation.DefaultDatabasePath(),
        TrainingOptions.Default);
}
