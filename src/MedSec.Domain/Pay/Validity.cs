namespace MedSec.Domain.Pay;

/// <summary>
/// Which row of a reference table is in force at a date: the one with the newest <c>valid_from</c> on or before the date
/// whose <c>valid_to</c> (inclusive, when present) has not passed. A row without <c>valid_to</c> stays in force until a
/// newer row replaces it, so figures beyond the newest data stay at the last known ones.
/// </summary>
internal static class Validity
{
    public static T? InForce<T>(IEnumerable<T> rows, DateOnly date, Func<T, DateOnly> from, Func<T, DateOnly?> to)
        where T : class =>
        Covering(rows, date, from, to).OrderByDescending(from).FirstOrDefault();

    /// <summary>Every row whose period covers the date: the rows of a table with several keys in force at once (bands).</summary>
    public static IEnumerable<T> Covering<T>(IEnumerable<T> rows, DateOnly date, Func<T, DateOnly> from, Func<T, DateOnly?> to) =>
        rows.Where(r => from(r) <= date && (to(r) is not { } end || date <= end));

    public static DateOnly Newest(params DateOnly[] dates) => dates.Max();
}
