using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MedSec.Web.Formatting;

/// <summary>How the UI writes numbers and dates: always fr-FR, whatever the thread culture.</summary>
public static partial class FrenchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The UI's date format (jj/mm/aaaa).</summary>
    public const string DatePattern = "dd/MM/yyyy";

    /// <summary>Euros as <c># ##0,00 €</c> with a no-break space before the sign.</summary>
    public static string Euros(decimal amount) => amount.ToString("#,##0.00", Culture) + "\u00a0€";

    public static string Integer(long value) => value.ToString("#,##0", Culture);

    public static string Date(DateOnly date) => date.ToString(DatePattern, Culture);

    /// <summary>
    /// A message of the pay rules, the ingestion or the models as the UI shows it: their ISO dates ("2024-01-01") as
    /// jj/mm/aaaa and their euros ("1823,03 €") with the thousands grouped, as every other figure on the page. The
    /// messages keep one form in the API, the CLI and the logs (FrenchText, IngestText); only the pages re-dress them.
    /// A value in quotes ('2024-13-01', as a rejection quotes what the file said) is left exactly as written. The spaces
    /// French typography ties (before : ; ! ? » % and €, after «) become no-break spaces, so that a line never starts with
    /// the sign alone.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Message(string? text) => text is null ? null : MessageParts().Replace(text, m =>
        m.Groups["day"].Success ? $"{m.Groups["day"].Value}/{m.Groups["month"].Value}/{m.Groups["year"].Value}"
        : m.Groups["units"].Success ? Integer(long.Parse(m.Groups["units"].Value, CultureInfo.InvariantCulture)) + m.Groups["cents"].Value + "\u00a0€"
        : m.Groups["tie"].Success ? "\u00a0"
        : m.Value);

    /// <summary>A quoted value (its quote neither follows nor precedes a letter, unlike the apostrophe of « d'employeur »),
    /// which is kept; an ISO date; euros of four digits or more before the comma; a space to tie.</summary>
    [GeneratedRegex(@"(?<!\p{L})'.*?'(?!\p{L})|(?<![\w/-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\w-])|(?<![\w,.])(?<units>\d{4,15})(?<cents>,\d{2})\s€|(?<tie> (?=[:;!?»%€])|(?<=«) )")]
    private static partial Regex MessageParts();
}
