using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MedSec.Data.Ingestion;

/// <summary>
/// A length of experience written with its unit, as people write it: "4 ans", "1 an", "3 années", "4 ans 6 mois",
/// "4 ans et 6 mois", "18 mois". A year is 12 months; the years are kept to the hundredth (half away from zero), as the
/// job ads' "6 Mois" is (<see cref="Years"/>, the one rule for both readers). Months beside years are 0 to 11 ("4 ans
/// 12 mois" is a slip, refused); months alone may be any number.
/// </summary>
public static partial class ExperienceText
{
    [GeneratedRegex(
        @"^(?:(?<years>[0-9]+(?:[.,][0-9]+)?)\s*(?:ans?|ann[ée]es?)(?:\s*(?:et\s+)?(?<months>[0-9]{1,2})\s*mois)?" +
        @"|(?<only>[0-9]+(?:[.,][0-9]+)?)\s*mois)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Years and months as years to the hundredth.</summary>
    public static decimal Years(decimal years, decimal months) =>
        Math.Round(years + months / 12m, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// For the values a plain number does not parse (<see cref="Utf8Text.TryParseDecimal(ReadOnlySpan{byte}, out decimal, out long)"/>
    /// first, so a valid row pays nothing for it): "4 ans" in an experience column was refused as not a number of years.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out decimal years, out long hundredths)
    {
        years = 0m;
        hundredths = Utf8Text.NoHundredths;
        var match = Pattern().Match(Encoding.UTF8.GetString(Utf8Text.Trim(utf8)));
        if (!match.Success) return false;
        if (match.Groups["only"] is { Success: true } only)
        {
            if (!TryNumber(only.Value, out var alone)) return false;
            years = Years(0m, alone);
        }
        else
        {
            if (!TryNumber(match.Groups["years"].Value, out var whole)) return false;
            var months = match.Groups["months"] is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : 0;
            if (months >= 12) return false;
            years = months == 0 ? whole : Years(whole, months);
        }
        hundredths = Utf8Text.Hundredths(years);
        return true;
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
