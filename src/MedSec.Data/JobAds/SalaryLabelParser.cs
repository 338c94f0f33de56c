using System.Globalization;
using System.Text.RegularExpressions;
using MedSec.Domain.Observations;

namespace MedSec.Data.JobAds;

/// <summary>
/// Reads the salary text of a France Travail offer (<c>salaire.libelle</c>): "{Horaire|Mensuel|Annuel} de A Euros
/// [à B Euros] [sur N mois]", amounts with a decimal point or comma. The text is only read here; whether its figures make
/// sense is judged by <see cref="JobAdPayRules"/>.
/// </summary>
public static partial class SalaryLabelParser
{
    [GeneratedRegex(
        @"^\s*(?<basis>horaire|mensuel|annuel)\s+de\s+(?<min>\d+(?:[.,]\d+)?)\s*euros?" +
        @"(?:\s+(?:à|a)\s+(?<max>\d+(?:[.,]\d+)?)\s*euros?)?" +
        @"(?:\s+sur\s+(?<months>\d+(?:[.,]\d+)?)\s*mois)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Parses <paramref name="text"/>; false with a reason when it is not a salary text of that form.</summary>
    public static bool TryParse(string? text, out SalaryStatement statement, out string error)
    {
        statement = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "L'offre n'indique pas de salaire.";
            return false;
        }
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            error = $"Texte de salaire '{text.Trim()}' non reconnu : attendu « Mensuel|Annuel|Horaire de A Euros [à B Euros] [sur N mois] ».";
            return false;
        }
        var basis = match.Groups["basis"].Value.ToLowerInvariant() switch
        {
            "horaire" => PayBasis.Hourly,
            "annuel" => PayBasis.Annual,
            _ => PayBasis.Monthly,
        };
        var min = Number(match.Groups["min"].Value);
        var max = match.Groups["max"].Success ? Number(match.Groups["max"].Value) : min;
        decimal? months = match.Groups["months"].Success ? Number(match.Groups["months"].Value) : null;
        statement = new SalaryStatement(basis, min, max, months);
        error = "";
        return true;
    }

    private static decimal Number(string text) =>
        decimal.Parse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
