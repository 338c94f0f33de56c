using System.Globalization;
using System.Text;

namespace MedSec.Web.Tests.Grid;

/// <summary>Payroll files for the grid page and API tests.</summary>
public static class GridTestData
{
    /// <summary>
    /// A clinic payroll: secretaries of positionnement 6 with women paid 6 % less than men (each 0.94 × a man's pay),
    /// positionnement 7 at equal pay. The gap alert must name positionnement 6 only.
    /// </summary>
    public static string KnownGapPayroll(string prefix = "")
    {
        var text = new StringBuilder("Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\r\n");
        decimal[] men = [1950m, 2000m, 2050m, 2100m];
        for (var i = 0; i < men.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{prefix}H6-{i};H;Secrétaire médicale;6;01/09/2020;1;{Comma(men[i])};0\r\n");
            text.Append(CultureInfo.InvariantCulture, $"{prefix}F6-{i};F;Secrétaire médicale;6;01/09/2020;1;{Comma(Math.Round(men[i] * 0.94m, 2))};0\r\n");
            text.Append(CultureInfo.InvariantCulture, $"{prefix}H7-{i};H;Secrétaire médicale;7;01/09/2018;1;2200,00;500\r\n");
            text.Append(CultureInfo.InvariantCulture, $"{prefix}F7-{i};F;Secrétaire médicale;7;01/09/2018;1;2200,00;500\r\n");
        }
        return text.ToString();
    }

    private static string Comma(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
}
