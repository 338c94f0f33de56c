using System.Globalization;
using System.Text.RegularExpressions;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Why a date field was refused, said for a reader: a date of the expected shape whose day does not exist (31/02, month
/// 13) names the wrong part; any other text gets the formats' hint. Built on the failing branch only.
/// </summary>
public static partial class DateText
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    [GeneratedRegex(@"^\s*(?:(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})|(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2}))(?:[ T].*)?$")]
    private static partial Regex Shape();

    /// <summary>"'31/02/2025' n'est pas une date : février 2025 n'a que 28 jours.", or the formats' hint.</summary>
    public static string NotADate(string text)
    {
        var start = $"'{text}' n'est pas une date";
        var m = Shape().Match(text);
        if (!m.Success) return $"{start} (aaaa-mm-jj ou jj/mm/aaaa).";
        int Part(string name) => int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
        var (year, month, day) = (Part("y"), Part("m"), Part("d"));
        if (month is < 1 or > 12) return $"{start} : il n'y a pas de mois {month} (01 à 12).";
        if (day < 1) return $"{start} : il n'y a pas de jour {day}.";
        if (year >= 1 && day > DateTime.DaysInMonth(year, month))
            return $"{start} : {Months[month - 1]} {year} n'a que {DateTime.DaysInMonth(year, month)} jours.";
        return $"{start} (aaaa-mm-jj ou jj/mm/aaaa).";
    }
}
