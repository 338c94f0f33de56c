namespace MedSec.Domain.Reference;

/// <summary>Valeur annuelle du point d'indice (annual value of index 100).</summary>
public sealed record PointValue(DateOnly ValidFrom, DateOnly? ValidTo, decimal AnnualValue, string LegalText, string Source);
