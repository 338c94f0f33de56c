using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MedSec.Domain;

/// <summary>
/// A message of the pay rules, the ingestion or the models as a reader sees it, in the dashboard or in the command line's
/// tables: their ISO dates ("2024-01-01") as jj/mm/aaaa and their euros ("1823,03 €") with the thousands grouped, as every
/// other figure beside them. The messages keep one form in the API's JSON and the logs (FrenchText, IngestText); only what
/// a person reads is re-dressed, here, once for both faces. A value in quotes ('2024-13-01', as a rejection quotes what
/// the file said) is left exactly as written. The spaces French typography ties (before : ; ! ? » % and €, after «)
/// become no-break spaces, so that a line never starts with the sign alone.
/// </summary>
public static partial class FrenchMessage
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [return: NotNullIfNotNull(nameof(text))]
    public static string? ForReader(string? text) => text is null ? null : MessageParts().Replace(text, m =>
        m.Groups["day"].Success ? $"{m.Groups["day"].Value}/{m.Groups["month"].Value}/{m.Groups["year"].Value}"
        : m.Groups["units"].Success
            ? long.Parse(m.Groups["units"].Value, CultureInfo.InvariantCulture).ToString("#,##0", French) + m.Groups["cents"].Value + "\u00a0€"
        : m.Groups["tie"].Success ? "\u00a0"
        : m.Value);

    /// <summary>A quoted value (its quote neither follows nor precedes a letter, unlike the apostrophe of « d'employeur »),
    /// which is kept; an ISO date; euros of four digits or more before the comma; a space to tie.</summary>
    [GeneratedRegex(@"(?<!\p{L})'.*?'(?!\p{L})|(?<![\w/-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\w-])|(?<![\w,.])(?<units>\d{4,15})(?<cents>,\d{2})\s€|(?<tie> (?=[:;!?»%€])|(?<=«) )")]
    private static partial Regex MessageParts();
}
