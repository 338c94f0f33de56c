namespace MedSec.Domain.Reference;

/// <summary>Every reference table the pay rules need, as loaded from data/reference (one file per table).</summary>
public sealed record ReferenceData(
    IReadOnlyList<GridStep> Grids,
    IReadOnlyList<PointValue> PointValues,
    IReadOnlyList<MinimumIndex> MinimumIndexes,
    IReadOnlyList<SmicRate> Smic,
    IReadOnlyList<AgreementMinimum> AgreementMinima,
    IReadOnlyList<PublicSupplement> Supplements,
    IReadOnlyList<ContributionRate> Contributions)
{
    /// <summary>Plafond de la Sécurité sociale by period (pss.csv). An init property so existing constructor calls still compile.</summary>
    public IReadOnlyList<SocialSecurityCeiling> SocialSecurityCeilings { get; init; } = [];

    /// <summary>The bands of the overtime premium by period (overtime_premiums.csv).</summary>
    public IReadOnlyList<OvertimePremium> OvertimePremiums { get; init; } = [];

    /// <summary>The add-ons agreements put on a level's minimum with years, by period (agreement_addons.csv).</summary>
    public IReadOnlyList<AgreementAddOn> AgreementAddOns { get; init; } = [];

    /// <summary>
    /// Mayotte's own SMIC by period (smic_mayotte.csv); <see cref="Smic"/> is the métropole's. Empty: no Mayotte SMIC is
    /// known, and the pay rules refuse a Mayotte floor rather than give the métropole's.
    /// </summary>
    public IReadOnlyList<SmicRate> MayotteSmic { get; init; } = [];
}
