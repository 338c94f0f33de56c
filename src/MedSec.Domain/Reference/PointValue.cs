namespace MedSec.Domain.Reference;

/// <summary>Valeur annuelle du point d'indice (annual value of index 100).</summary>
public sealed record PointValue(DateOnly ValidFrom, DateOnly? ValidTo, decimal AnnualValue, string LegalText, string Source)
{
    /// <summary><c>sourced</c>, <c>derived</c> or <c>inferred</c> (data/reference/SOURCES.md); an init property so existing constructor calls still compile.</summary>
    public string Status { get; init; } = "sourced";
}
