using MedSec.Domain.Codes;

namespace MedSec.Domain.Reference;

/// <summary>One échelon of a public grid (grille indiciaire) for one validity period.</summary>
/// <param name="GrossIndex">Indice brut.</param>
/// <param name="IndexPoints">Indice majoré (IM).</param>
/// <param name="DurationMonths">Durée de l'échelon; null for the last échelon.</param>
public sealed record GridStep(
    GradeCode Grade,
    int Echelon,
    int GrossIndex,
    int IndexPoints,
    int? DurationMonths,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Status,
    string Source)
{
    /// <summary>A short caveat from fph_grids.csv (e.g. how a derived IM was obtained); null when there is none.</summary>
    public string? Note { get; init; }
}
