using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MedSec.Domain;

namespace MedSec.Web.Formatting;

/// <summary>How the UI writes numbers and dates: always fr-FR, whatever the thread culture.</summary>
public static class FrenchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The UI's date format (jj/mm/aaaa).</summary>
    public const string DatePattern = "dd/MM/yyyy";

    /// <summary>Euros as <c># ##0,00 €</c> with a no-break space before the sign.</summary>
    public static string Euros(decimal amount) => amount.ToString("#,##0.00", Culture) + "\u00a0€";

    public static string Integer(long value) => value.ToString("#,##0", Culture);

    public static string Date(DateOnly date) => date.ToString(DatePattern, Culture);

    /// <summary>A message of the pay rules, the ingestion or the models as the pages show it (<see cref="FrenchMessage"/>).</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Message(string? text) => FrenchMessage.ForReader(text);
}
