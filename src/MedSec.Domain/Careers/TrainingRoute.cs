namespace MedSec.Domain.Careers;

/// <summary>A training route (parcours de formation) with its typical length and the usual funding.</summary>
public sealed record TrainingRoute(
    string Code,
    string Label,
    int DurationMonths,
    PayDuringTraining PayDuringTraining,
    string Funding,
    string Status,
    string Source);
