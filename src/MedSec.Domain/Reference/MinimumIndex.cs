namespace MedSec.Domain.Reference;

/// <summary>Minimum de traitement: the lowest indice majoré any agent is paid on.</summary>
public sealed record MinimumIndex(DateOnly ValidFrom, DateOnly? ValidTo, int IndexPoints, string Note, string Source);
