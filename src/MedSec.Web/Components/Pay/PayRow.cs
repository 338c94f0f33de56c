using MedSec.Domain.Pay;
using MedSec.Web.Formatting;

namespace MedSec.Web.Components.Pay;

/// <summary>One line of a pay table: a stable key (for tests and styling), a French label and the formatted value.</summary>
public sealed record PayRow(string Key, string Label, string Value, bool IsTotal = false, string? Note = null)
{
    /// <summary>The components of a public pay, in the order of a payslip.</summary>
    public static IReadOnlyList<PayRow> From(PublicPay pay) =>
    [
        new("index", "Indice majoré", FrenchFormat.Integer(pay.IndexPoints)),
        new("point", "Valeur annuelle du point d'indice", FrenchFormat.Euros(pay.PointValue)),
        new("base", "Traitement indiciaire brut", FrenchFormat.Euros(pay.BaseMonthlyGross), Note: "indice × point ÷ 1 200"),
        new("residence", "Indemnité de résidence", FrenchFormat.Euros(pay.ResidenceAllowance)),
        new("cti", "Complément de traitement indiciaire (CTI)", FrenchFormat.Euros(pay.Cti)),
        new("differential", "Indemnité différentielle", FrenchFormat.Euros(pay.DifferentialAllowance), Note: "complément jusqu'au SMIC"),
        new("total", "Total brut mensuel", FrenchFormat.Euros(pay.TotalMonthlyGross), IsTotal: true),
        new("special", "Indemnité de sujétion spéciale (ISS)", FrenchFormat.Euros(pay.SpecialAllowance)),
        new("service-bonus", "Prime de service (taux usuel de 7,5 %)", FrenchFormat.Euros(pay.TypicalServiceBonus)),
        new("total-with-allowances", "Total avec primes", FrenchFormat.Euros(pay.TotalWithAllowances), IsTotal: true),
    ];
}
