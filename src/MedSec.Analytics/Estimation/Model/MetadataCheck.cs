namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// Whether saved metadata can drive a model. The JSON reader refuses a missing or null field of the records, but not a
/// null inside a dictionary or list, nor a calibration cut short: an estimate would then fail with a null reference, or
/// read a quantile past the scores' end and give P10 = P90 under the origin "saved".
/// </summary>
internal static class MetadataCheck
{
    public static bool IsUsable(ModelMetadata m) =>
        m.Calibration.Probabilities.SequenceEqual(IntervalCalibration.Grid)
        && m.Calibration.Scores.ContainsKey(IntervalCalibration.AllSectors)
        && m.Calibration.Scores.Values.All(s => s is not null && s.Length == IntervalCalibration.Grid.Count)
        && m.Counts.Combos.All(c => c is not null)
        && m.Counts.Cells.All(c => c is not null);
}
