namespace MedSec.Domain.Reference;

/// <summary>A parameter of a public-sector supplement (indemnité de résidence, CTI, ISS, prime de service …).</summary>
/// <param name="Code">Stable parameter code, e.g. <c>residence-rate-zone1</c>, <c>cti-points</c>.</param>
/// <param name="Unit">What <paramref name="Value"/> counts: <c>rate</c>, <c>index-points</c>, <c>hours</c> …</param>
public sealed record PublicSupplement(
    string Code,
    decimal Value,
    string Unit,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Status,
    string Source);
