namespace MedSec.Domain.Reference;

/// <summary>SMIC brut (métropole): hourly and monthly for 151.67 h.</summary>
public sealed record SmicRate(DateOnly ValidFrom, DateOnly? ValidTo, decimal Hourly, decimal Monthly, string LegalText, string Source);
