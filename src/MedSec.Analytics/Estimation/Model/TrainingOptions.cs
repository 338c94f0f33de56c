namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// How the pay model is trained. The defaults are the ones tuned on the bundled sample (docs/MODEL.md); LightGBM always
/// runs on one thread with <see cref="Seed"/>, so the same data and options give the same model.
/// </summary>
/// <param name="Seed">Seeds the split, ML.NET and LightGBM.</param>
/// <param name="Trees">Boosting rounds of the median model.</param>
/// <param name="Leaves">Leaves per tree of the median model.</param>
/// <param name="LearningRate">Shrinkage of the median model.</param>
/// <param name="MinimumLeafCount">Fewest observations in a leaf (both models).</param>
/// <param name="SpreadTrees">Boosting rounds of the spread model.</param>
/// <param name="SpreadLeaves">Leaves per tree of the spread model.</param>
/// <param name="Folds">Folds of the cross-fitting that gives the spread model out-of-fold residuals.</param>
/// <param name="OutOfFoldTrees">Boosting rounds of each cross-fitting model (fewer than the median model's: they only size the residuals).</param>
/// <param name="OutOfFoldLearningRate">Shrinkage of the cross-fitting models.</param>
/// <param name="TrainShare">Share of the rows the models are fitted on.</param>
/// <param name="CalibrationShare">Share of the rows the intervals are calibrated on; the rest is the test set.</param>
public sealed record TrainingOptions(
    int Seed = 20_251_123,
    int Trees = 300,
    int Leaves = 15,
    double LearningRate = 0.05,
    int MinimumLeafCount = 50,
    int SpreadTrees = 100,
    int SpreadLeaves = 15,
    int Folds = 2,
    int OutOfFoldTrees = 100,
    double OutOfFoldLearningRate = 0.15,
    double TrainShare = 0.6,
    double CalibrationShare = 0.2)
{
    public static readonly TrainingOptions Default = new();
}
