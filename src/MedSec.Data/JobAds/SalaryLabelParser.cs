using System.Globalization;
using System.Text.RegularExpressions;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Data.JobAds;

/// <summary>
/// Reads the salary text of a France Travail offer (<c>salaire.libelle</c>): "{Horaire|Mensuel|Annuel} de A Euros
/// [à B Euros] [sur N mois]", amounts with a decimal point or comma, thousands maybe grouped by spaces. The text is only read here; whether its figures make
/// sense is judged by <see cref="JobAdPayRules"/>.
/// </summary>
public static partial class SalaryLabelParser
{
    /// <summary>An amount: digits, or thousands grouped by a space, a no-break space or a narrow one ("1 800", as a person
    /// or fr-FR formatting writes it; the API's export never groups), then maybe decimals.</summary>
    private const string Amount = @"(?:[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+|\d+)(?:[.,]\d+)?";

    [GeneratedRegex(
        @"^\s*(?<basis>horaire|mensuel|annuel)\s+de\s+(?<min>" + Amount + @")\s*euros?" +
        @"(?:\s+(?:à|a)\s+(?<max>" + Amount + @")\s*euros?)?" +
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
        if (!TryAmount(match.Groups["min"].Value, out var min, out error)) return false;
        var max = min;
        if (match.Groups["max"].Success && !TryAmount(match.Groups["max"].Value, out max, out error)) return false;
        decimal? months = null;
        if (match.Groups["months"] is { Success: true } m)
        {
            if (!TryNumber(m.Value, out var n))
            {
                error = $"'{m.Value}' n'est pas un nombre de mois.";
                return false;
            }
            months = n;
        }
        statement = new SalaryStatement(basis, min, max, months);
        error = "";
        return true;
    }

    /// <summary>
    /// An amount as observation files take it: readable, above zero ("Annuel de 0 Euros" was stored as a market observation
    /// of 0 € a month, flagged only as under the SMIC), and at most <see cref="Money.MaxAmount"/>.
    /// </summary>
    private static bool TryAmount(string text, out decimal amount, out string error)
    {
        if (!TryNumber(text, out amount))
        {
            error = $"'{text}' n'est pas un montant.";
            return false;
        }
        error = amount <= 0 ? IngestText.NotPositiveAmount(amount)
            : amount > Money.MaxAmount ? IngestText.AboveMaxAmount(amount)
            : "";
        return error.Length == 0;
    }

    /// <summary>
    /// A number in ASCII digits that a decimal holds. The pattern's \d also matches the digits of other scripts ("１９００"),
    /// which decimal does not read, and a decimal holds no more than 29 digits: both are text to refuse, not to throw on.
    /// </summary>
    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Replace(',', '.').Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", ""),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
