using System.Globalization;

namespace MedSec.Domain.Grids;

/// <summary>
/// Employer social contributions (charges patronales) added to the cost of the raises. MedSec has no employer rates in
/// its reference data, so the cost uses an <b>assumption</b> the user can replace with the employer's own rate: 35 % of
/// gross, the order of magnitude of a non-managerial employee's employer contributions before the general reduction
/// (published rates range from 25 % to 42 % of gross, hellowork.com "Salaire brut, charges patronales", 2025). Near the
/// SMIC the réduction générale lowers the average rate but raises the marginal one, so every figure built on it is an
/// estimate and says so.
/// </summary>
public static class EmployerCharges
{
    /// <summary>Assumed rate when the user gives none (hypothèse, not a legal figure).</summary>
    public const decimal AssumedRate = 0.35m;

    public static string Note(decimal rate, bool assumed) => assumed
        ? $"Charges patronales estimées à {Percent(rate)} % du brut : hypothèse (ordre de grandeur avant allègements, taux publiés de 25 à 42 %), à remplacer par le taux réel de l'employeur."
        : $"Charges patronales estimées à {Percent(rate)} % du brut (taux indiqué par l'utilisateur).";

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
