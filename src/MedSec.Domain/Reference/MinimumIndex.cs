namespace MedSec.Domain.Reference;

/// <summary>Minimum de traitement: the lowest indice majoré any agent is paid on.</summary>
public sealed record MinimumIndex(DateOnly ValidFrom, DateOnly? ValidTo, int IndexPoints, string Note, string Source)
{
    /// <summary><c>sourced</c>, <c>derived</c> or <c>inferred</c> (data/reference/SOURCES.md); an init property so existing constructor calls still compile.</summary>
    public string Status { get; init; } = "sourced";
}
