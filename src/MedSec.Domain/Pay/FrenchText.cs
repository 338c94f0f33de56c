using System.Globalization;

namespace MedSec.Domain.Pay;

/// <summary>
/// How warnings and error messages write dates and amounts: ISO dates (yyyy-MM-dd, as in every contract) and euros with a
/// decimal comma and no thousands separator ("1823,03 €"), so a message reads the same in a terminal, a log and the API.
/// The dashboard shows them with its own date and euro formats (MedSec.Web's <c>FrenchFormat.Message</c>).
/// </summary>
internal static class FrenchText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Euros(decimal amount) =>
        amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " €";

    public static string Number(decimal value) =>
        value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
