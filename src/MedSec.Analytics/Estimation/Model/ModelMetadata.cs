namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// Everything saved beside the ML.NET model (<c>metadata.json</c>): where it comes from (data hash, rows, dates, options),
/// what it needs at prediction time (interval calibration, profile counts) and how well it did on its test set.
/// </summary>
/// <param name="DataHash">SHA-256 of the training observations (see <see cref="TrainingSet.Hash"/>).</param>
/// <param name="Rows">Observations used, split into train, calibration and test rows.</param>
/// <param name="SyntheticShare">Share of synthetic observations (1 for the bundled sample alone).</param>
/// <param name="DataFrom">Date of the oldest observation.</param>
/// <param name="DataTo">Date of the newest observation.</param>
public sealed record ModelMetadata(
    int FormatVersion,
    string Trainer,
    TrainingOptions Options,
    DateTimeOffset TrainedAt,
    double TrainSeconds,
    string DataHash,
    int Rows,
    int TrainRows,
    int CalibrationRows,
    int TestRows,
    double SyntheticShare,
    DateOnly DataFrom,
    DateOnly DataTo,
    IntervalCalibration Calibration,
    ProfileCounts Counts,
    ModelMetrics? Metrics = null)
{
    public const int CurrentFormat = 1;

    public const string TrainerName = "LightGbm";
}
