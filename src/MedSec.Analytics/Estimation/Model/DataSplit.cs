namespace MedSec.Analytics.Estimation.Model;

/// <summary>Row indices of a <see cref="TrainingSet"/>: fitted on, calibrated on, and held out for the test.</summary>
public sealed record DataSplit(IReadOnlyList<int> Train, IReadOnlyList<int> Calibration, IReadOnlyList<int> Test);
