namespace MedSec.Domain.Reference;

/// <summary>An employee social contribution (cotisation salariale) rate and the base it applies to.</summary>
/// <param name="Regime"><c>private</c> (régime général) or <c>public-titulaire</c> (FPH fonctionnaire).</param>
/// <param name="Base">Base code, e.g. <c>gross</c>, <c>gross-capped-pss</c>, <c>csg-base</c>, <c>indexed-pay</c>, <c>bonuses</c>.</param>
public sealed record ContributionRate(
    string Regime,
    string Item,
    decimal Rate,
    string Base,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Status,
    string Source);
