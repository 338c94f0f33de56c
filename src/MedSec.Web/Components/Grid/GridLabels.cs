using System.Globalization;
using MedSec.Domain.Codes;

namespace MedSec.Web.Components.Grid;

/// <summary>French labels of the grid page.</summary>
public static class GridLabels
{
    public static readonly IReadOnlyList<(EmployerType Employer, string Label)> Employers =
    [
        (EmployerType.Cabinet, "Cabinet médical"), (EmployerType.Clinique, "Clinique"), (EmployerType.CentreSante, "Centre de santé"),
        (EmployerType.Hopital, "Hôpital"), (EmployerType.Ehpad, "Ehpad"), (EmployerType.MedicoSocial, "Établissement médico-social"),
        (EmployerType.Telesecretariat, "Télésecrétariat"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Agreements =
    [
        (GridForm.UsualAgreement, "Selon le type d'employeur"), ("1147", "IDCC 1147 — cabinets médicaux"),
        ("2264", "IDCC 2264 — hospitalisation privée"), ("29", "IDCC 29 — CCN 51 (FEHAP)"), ("2098", "IDCC 2098 — télésecrétariat"),
    ];

    public static string Years(int years) => years switch { 0 => "0 an", 1 => "1 an", _ => $"{years} ans" };

    /// <summary>A gap in per cent, one decimal; a negative one with the minus sign U+2212 as French typography writes it
    /// (and the comparison's effects do), where fr-FR's number format gives the hyphen.</summary>
    public static string Gap(decimal? gap)
    {
        if (gap is not { } g) return "—";
        var rounded = Math.Round(g, 1, MidpointRounding.AwayFromZero);
        return (rounded < 0 ? "\u2212" : "") + Math.Abs(rounded).ToString("0.0", CultureInfo.GetCultureInfo("fr-FR")) + " %";
    }

    public static string Sex(string? code) => code switch { "f" => "F", "m" => "H", _ => "—" };

    public static string Ratio(decimal? ratio) => ratio is { } r ? r.ToString("0.000", CultureInfo.GetCultureInfo("fr-FR")) : "—";
}
