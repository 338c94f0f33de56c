using System.Text.RegularExpressions;

namespace MedSec.Domain.Codes;

/// <summary>The one message for a région code MedSec does not know, said alike by every verb and route that takes one.</summary>
public static partial class RegionErrors
{
    /// <summary>
    /// An unknown région, with its valid INSEE codes. Five digits are a postcode given for a région (paths --region
    /// 69001): the message says so, where it listed the région codes as if the reader had mistyped one.
    /// </summary>
    public static MedSecInputException Unknown(string shown) => new(
        $"Région inconnue '{shown}'" + (Postcode().IsMatch(shown) ? " : c'est un code postal ; donner le code INSEE de sa région" : "") +
        $" (codes INSEE valides : {string.Join(", ", CodeBook.RegionNames.Keys.Order(StringComparer.Ordinal))}).",
        InputErrorKind.UnknownCode);

    [GeneratedRegex(@"^\s*\d{2}\s?\d{3}\s*$")]
    private static partial Regex Postcode();
}
