namespace MedSec.Domain.Reference;

/// <summary>SMIC brut of one territory (<see cref="ReferenceData.Smic"/>, <see cref="ReferenceData.MayotteSmic"/>): hourly and monthly for 151.67 h.</summary>
public sealed record SmicRate(DateOnly ValidFrom, DateOnly? ValidTo, decimal Hourly, decimal Monthly, string LegalText, string Source)
{
    /// <summary><c>sourced</c>, <c>derived</c> or <c>inferred</c> (data/reference/SOURCES.md); an init property so existing constructor calls still compile.</summary>
    public string Status { get; init; } = "sourced";
}
