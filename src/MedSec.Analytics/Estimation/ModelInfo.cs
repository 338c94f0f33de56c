namespace MedSec.Analytics.Estimation;

/// <summary>Which model answered, and where it came from (the <c>model</c> field of an estimate).</summary>
/// <param name="Origin"><c>saved</c> (loaded from <see cref="Path"/>), <c>sample</c> (no saved model: trained at start from the bundled sample, not saved) or <c>trained</c> (just trained by <c>medsec train</c>).</param>
/// <param name="Description">The same in a French sentence, for people.</param>
/// <param name="Path">The model folder, when saved.</param>
/// <param name="SyntheticShare">Share of synthetic observations in the training data.</param>
public sealed record ModelInfo(
    string Origin,
    string Description,
    string Trainer,
    DateTimeOffset TrainedAt,
    int Rows,
    string DataHash,
    double SyntheticShare,
    DateOnly DataFrom,
    DateOnly DataTo,
    string? Path)
{
    public const string Saved = "saved";
    public const string Sample = "sample";
    public const string Trained = "trained";
}
