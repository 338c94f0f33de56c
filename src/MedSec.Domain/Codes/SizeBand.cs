namespace MedSec.Domain.Codes;

/// <summary>Taille de l'employeur (effectif).</summary>
public enum SizeBand
{
    From1To9,
    From10To49,
    From50To249,
    From250,
}
