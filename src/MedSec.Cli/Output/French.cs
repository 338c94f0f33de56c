using System.Globalization;
using MedSec.Domain;

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

    /// <summary>A count and its noun, singular for 0 and 1 as French writes them ("0 observation", "2 observations").</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        $"{Integer(n)} {(n is > -2 and < 2 ? singular : plural ?? singular + "s")}";

    /// <summary>A number of years, singular below 2 ("1 an", "2,5 ans").</summary>
    public static string Years(decimal years) => $"{Number(years)} {(years is > -2 and < 2 ? "an" : "ans")}";

    /// <summary>A warning line of the tables: its dates and euros written as the tables write theirs (<see cref="FrenchMessage"/>).</summary>
    /// <summary>"de" before a noun, elided before a vowel (an h is left alone: aspiré or muet, it cannot be told), the noun's capital lowered: "d'adjoint administratif …".</summary>
    public static string Of(string noun)
    {
        if (noun.Length == 0) return "de";
        var lowered = char.ToLower(noun[0], Culture) + noun[1..];
        return "aâeéèêiîoôuy".Contains(lowered[0]) ? $"d'{lowered}" : $"de {lowered}";
    }

    public static string Warning(string warning) => $"Avertissement : {FrenchMessage.ForReader(warning)}\n";
}
