namespace MedSec.Domain.Pay;

/// <summary>
/// When a figure is called old (DESIGN.md, Data honesty): the point, the SMIC and agreement minima are normally revised at
/// least once a year, so a value in force for more than a year before the date may have been overtaken by a text we lack.
/// </summary>
internal static class Staleness
{
    public static bool IsStale(DateOnly validFrom, DateOnly date) => date > validFrom.AddYears(1);
}
