namespace MedSec.Domain.Reference;

/// <summary>
/// Plafond mensuel de la Sécurité sociale (PSS): the ceiling that splits capped and uncapped private contributions.
/// Set each 1 January by arrêté (the arrêté of each year is named in pss.csv).
/// </summary>
public sealed record SocialSecurityCeiling(DateOnly ValidFrom, DateOnly? ValidTo, decimal Monthly, string Status, string Source);
