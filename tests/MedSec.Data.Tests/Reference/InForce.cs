namespace MedSec.Data.Tests.Reference;

/// <summary>Picks the one row of a series in force at a date (valid_from ≤ date ≤ valid_to, empty valid_to = open).</summary>
internal static class InForce
{
    public static T At<T>(this IEnumerable<T> rows, DateOnly date, Func<T, DateOnly> from, Func<T, DateOnly?> to) =>
        rows.Single(r => from(r) <= date && (to(r) is not { } end || date <= end));
}
