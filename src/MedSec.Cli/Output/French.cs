using System.Globalization;

namespace MedSec.Cli.Output;

/// <summary>fr-FR formatting for tables: <c>2 500,77 €</c>, <c>01/06/2024</c>, <c>20,84 %</c>.</summary>
public static class French
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    public static string Money(decimal value) => value.ToString("N2", Culture) + "\u00A0€";

    public static string Number(decimal value) => value.ToString("#,##0.##", Culture);

    public static string Integer(int value) => value.ToString("N0", Culture);

    public static string Percent(decimal rate) => (rate * 100m).ToString("0.00", Culture) + "\u00A0%";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);
}
