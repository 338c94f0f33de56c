using System.Text.Json.Serialization;

namespace MedSec.Domain.Pay;

/// <summary>Public pay at a date (rémunération d'un fonctionnaire hospitalier), field names per DESIGN.md's contract.</summary>
/// <param name="PointValue">Annual value of the point (valeur annuelle du point d'indice).</param>
/// <param name="Cti">Complément de traitement indiciaire (Ségur), 0 with --no-cti.</param>
/// <param name="DifferentialAllowance">Indemnité différentielle (décret 91-769): max(0, SMIC − base).</param>
/// <param name="TotalMonthlyGross">base + residence + cti + differential.</param>
/// <param name="SpecialAllowance">Indemnité de sujétion spéciale (ISS, décret 90-693), shown apart.</param>
/// <param name="TypicalServiceBonus">Prime de service at the typical 7.5 % (arrêté du 24 mars 1967), shown apart.</param>
/// <param name="TotalWithAllowances">TotalMonthlyGross + SpecialAllowance + TypicalServiceBonus.</param>
/// <param name="AsOf">Newest valid_from among the reference figures used.</param>
public sealed record PublicPay(
    string Grade,
    int Echelon,
    DateOnly Date,
    int IndexPoints,
    decimal PointValue,
    decimal BaseMonthlyGross,
    decimal ResidenceAllowance,
    decimal Cti,
    decimal DifferentialAllowance,
    decimal TotalMonthlyGross,
    decimal SpecialAllowance,
    decimal TypicalServiceBonus,
    decimal TotalWithAllowances,
    DateOnly AsOf,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Traitement indiciaire + CTI: the base of the CNRACL pension (décret 2003-1306; NBI, not modelled, would count too).
    /// The résidence and the différentielle are indemnités, outside it. Not part of the <c>pay public</c> contract.
    /// </summary>
    [JsonIgnore]
    public decimal IndexedPay => BaseMonthlyGross + Cti;
}
