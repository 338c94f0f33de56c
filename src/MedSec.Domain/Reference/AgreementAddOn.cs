using MedSec.Domain.Codes;

namespace MedSec.Domain.Reference;

/// <summary>
/// One step of an add-on a collective agreement puts on a level's minimum with years (agreement_addons.csv): from
/// <paramref name="MinYears"/> on, until the next step of the same add-on, <paramref name="Percent"/> % of the minimum.
/// IDCC 2264's avenant n° 33: ECR expérience and ECR ancienneté on the RMAN.
/// </summary>
/// <param name="Kind"><c>experience</c> or <c>anciennete</c>.</param>
public sealed record AgreementAddOn(
    Agreement Agreement,
    string Level,
    string Kind,
    int MinYears,
    decimal Percent,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string LegalStatus,
    string Status,
    string Source);
