using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Model;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>One small model trained once on <see cref="SyntheticMarket"/> rows, shared by a test class.</summary>
public sealed class SyntheticModelFixture
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static readonly TrainingOptions Options = TrainingOptions.Default with { Trees = 150, SpreadTrees = 60 };

    public SyntheticModelFixture()
    {
        Data = TrainingSet.From(new SyntheticMarket().Rows(4000));
        Split = Data.Split(Options);
        Model = PayModelTrainer.Train(Data, Split, Options);
        Estimator = new PayEstimator(Model, EstimationServices.Pay, Info, () => Today);
    }

    public TrainingSet Data { get; }

    public DataSplit Split { get; }

    public PayModel Model { get; }

    public PayEstimator Estimator { get; }

    private static ModelInfo Info => new(ModelInfo.Trained, "test model", ModelMetadata.TrainerName, DateTimeOffset.UnixEpoch, 0, "", 1d,
        new DateOnly(2025, 6, 15), new DateOnly(2025, 6, 15), null);
}
