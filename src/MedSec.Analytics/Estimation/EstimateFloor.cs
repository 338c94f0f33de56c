namespace MedSec.Analytics.Estimation;

/// <summary>The legal floor an estimate is reported against (plancher légal) for some weekly hours.</summary>
/// <param name="Amount">max(SMIC for the hours, the agreement's minimum where one applies), € per month.</param>
/// <param name="Binding"><c>smic</c> or <c>agreement</c>.</param>
/// <param name="Agreement">The IDCC whose minimum was checked, or null when only the SMIC applies.</param>
/// <param name="Level">The agreement level of a medical secretary's entry post that was used.</param>
/// <param name="AsOf">Date of the newest figure used, when known.</param>
public sealed record EstimateFloor(
    decimal WeeklyHours,
    decimal Amount,
    string Binding,
    string? Agreement,
    string? Level,
    DateOnly? AsOf,
    IReadOnlyList<string> Warnings);
