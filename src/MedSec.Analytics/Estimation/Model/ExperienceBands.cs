namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// The experience bands of the DataFrame layer (<see cref="MedSec.Data.Frames.FrameDimension.ExperienceBand"/>:
/// 0-1, 2-4, 5-9, 10-19, 20+, and <c>unknown</c>), named the way its percentile tables name them.
/// </summary>
public static class ExperienceBands
{
    public static string Label(decimal? years) => years switch
    {
        null => FeatureEncoding.Unknown,
        < 2m => "0-1",
        < 5m => "2-4",
        < 10m => "5-9",
        < 20m => "10-19",
        _ => "20+",
    };
}
