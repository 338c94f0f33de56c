using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>
/// The add-ons a collective agreement puts on a level's minimum with years (agreement_addons.csv): IDCC 2264's avenant
/// n° 33 adds to the RMAN an ECR expérience and an ECR ancienneté, each a percentage of the RMAN that rises by steps of
/// years. Each add-on takes the step of the highest threshold reached; being percentages of the same RMAN, they add up.
/// </summary>
public static class AgreementAddOnRules
{
    /// <summary>The sum of the add-ons in force at <paramref name="date"/> for <paramref name="years"/> years, in % of the minimum (0 without add-ons).</summary>
    public static decimal Percent(ReferenceData data, Agreement agreement, string level, DateOnly date, int years) =>
        InForce(data, agreement, level, date)
            .GroupBy(a => a.Kind)
            .Sum(kind => kind.Where(a => a.MinYears <= years).MaxBy(a => a.MinYears)?.Percent ?? 0m);

    /// <summary>The years at which the add-ons change (0 first), ascending: the sum is constant between two of them.</summary>
    public static IReadOnlyList<int> Thresholds(ReferenceData data, Agreement agreement, string level, DateOnly date) =>
        [.. InForce(data, agreement, level, date).Select(a => a.MinYears).Append(0).Distinct().Order()];

    /// <summary>Each add-on's steps of the period in force at the date (a newer period replaces an older one whole).</summary>
    private static IEnumerable<AgreementAddOn> InForce(ReferenceData data, Agreement agreement, string level, DateOnly date) =>
        Validity.Covering(data.AgreementAddOns.Where(a => a.Agreement == agreement && LegalFloorRules.SameLevel(a.Level, level)), date, a => a.ValidFrom, a => a.ValidTo)
            .GroupBy(a => a.Kind)
            .SelectMany(kind => kind.Where(a => a.ValidFrom == kind.Max(k => k.ValidFrom)));
}
