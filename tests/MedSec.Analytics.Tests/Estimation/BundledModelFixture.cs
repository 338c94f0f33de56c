using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Evaluation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Market;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>
/// The model of the bundled sample (data/sample/observations.csv, as copied to the test output), trained once with the
/// default options (fixed seed) for every test of the "Bundled model" collection, and its scores on the test rows.
/// </summary>
public sealed class BundledModelFixture
{
    /// <summary>A fixed "today" for the floors (2026 SMIC).</summary>
    public static readonly DateOnly Today = new(2026, 3, 2);

    private readonly Lazy<ModelMetrics> _metrics;

    public BundledModelFixture()
    {
        Data = MarketData.Load(EstimationServices.Pay, MarketData.DefaultSampleFile(), databasePath: null);
        Set = TrainingSet.From(Data.Observations);
        Split = Set.Split(TrainingOptions.Default);
        Model = PayModelTrainer.Train(Set, Split, TrainingOptions.Default);
        Estimator = new PayEstimator(Model, EstimationServices.Pay, Info(Model), () => Today);
        _metrics = new Lazy<ModelMetrics>(() => ModelEvaluation.Score(Estimator, Set, Split));
    }

    public MarketData Data { get; }

    public TrainingSet Set { get; }

    public DataSplit Split { get; }

    public PayModel Model { get; }

    public PayEstimator Estimator { get; }

    public ModelMetrics Metrics => _metrics.Value;

    public static ModelInfo Info(PayModel model) => new(ModelInfo.Trained, "bundled sample (test)", model.Metadata.Trainer,
        model.Metadata.TrainedAt, model.Metadata.Rows, model.Metadata.DataHash, model.Metadata.SyntheticShare,
        model.Metadata.DataFrom, model.Metadata.DataTo, null);
}

[CollectionDefinition(Name)]
public sealed class BundledModelCollection : ICollectionFixture<BundledModelFixture>
{
    public const string Name = "Bundled model";
}
