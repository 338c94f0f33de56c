namespace MedSec.Analytics.Estimation;

/// <summary>An estimate for the user's weekly hours: the 35 h figures × hours / 35, each at least the floor for those hours.</summary>
public sealed record HoursEstimate(
    decimal WeeklyHours,
    decimal Median,
    decimal P10,
    decimal P25,
    decimal P75,
    decimal P90,
    decimal Floor);
