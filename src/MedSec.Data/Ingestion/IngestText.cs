using System.Globalization;

namespace MedSec.Data.Ingestion;

/// <summary>
/// How rejection reasons, flags and file errors write values, as the pay rules' messages do: one plain French sentence,
/// ISO dates, euros with a decimal comma and no thousands separator ("1801,80 €"). The dashboard shows them with its own
/// date and euro formats (MedSec.Web's <c>FrenchFormat.Message</c>).
/// </summary>
public static class IngestText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Euros(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " €";

    /// <summary>An amount past <see cref="MedSec.Domain.Pay.Money.MaxAmount"/>, said alike for observation files and job ads.</summary>
    public static string AboveMaxAmount(decimal amount) =>
        $"Montant de {Euros(amount)} au-dessus de {Count((long)MedSec.Domain.Pay.Money.MaxAmount)} €.";

    /// <summary>An amount of zero or less, refused alike in observation files and job ads (nothing is paid 0 €).</summary>
    public static string NotPositiveAmount(decimal amount) => $"Montant de {Euros(amount)} : attendu un montant positif.";

    /// <summary>An amount above zero worth less than a cent a month at full time (0,01 € a year), for both readers.</summary>
    public static string UnderACentAMonth(decimal amount) =>
        $"Montant de {Number(amount)} € : moins d'un centime par mois à temps plein, attendu un montant positif.";

    /// <summary>Two statements of one record that disagree (a pay's kind or basis said by its header, a column and the
    /// amount's own words), each naming who says what.</summary>
    public static string Contradiction(string first, string second) => $"{first}, mais {second} : les deux se contredisent.";

    /// <summary>A count as French writes it, thousands grouped by a space ("1 048 576").</summary>
    public static string Count(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', ' ');

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',');
}
