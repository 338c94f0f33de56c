using MedSec.Analytics.Estimation;

namespace MedSec.Web.Tests.Infrastructure;

/// <summary>
/// An estimator that answers fixed quartiles per sector (public 2 400, private 2 000, remote 1 900 € median; P25/P75 at
/// ∓ 100 €, P10/P90 at ∓ 200 €), scaled to the profile's hours, and records the profiles it was asked about.
/// </summary>
public sealed class StubEstimator : IPayEstimator
{
    public static readonly ModelInfo Info = new("sample", "modèle de test", "stub", DateTimeOffset.UnixEpoch, 100, "hash", 1.0,
        new DateOnly(2023, 7, 1), new DateOnly(2023, 12, 31), null);

    public List<PayProfile> Asked { get; } = [];

    public ModelInfo Model => Info;

    public static decimal MedianOf(Sector sector) => sector switch
    {
        Sector.Public => 2400m,
        Sector.Private => 2000m,
        _ => 1900m,
    };

    /// <summary>One warning every sector gives, one two of them give, one only the private sector gives.</summary>
    private static IReadOnlyList<string> Warnings(Sector sector) => sector == Sector.Private
        ? ["Modèle de test.", "Minimum de test."]
        : ["Modèle de test.", "Grille de test."];

    public PayEstimate Estimate(PayProfile profile)
    {
        lock (Asked) Asked.Add(profile);
        var median = MedianOf(profile.Sector);
        var hours = profile.WeeklyHours ?? 35m;
        decimal At(decimal v) => Math.Round(v * hours / 35m, 2);
        var resolved = new ResolvedProfile(profile.Sector, profile.Region, profile.ExperienceYears, profile.Specialty ?? Specialty.General,
            profile.Employer ?? EmployerType.Cabinet, profile.Size ?? SizeBand.From1To9, profile.Contract ?? ContractType.Cdi);
        return new PayEstimate(
            median, median - 200, median - 100, median + 100, median + 200, 1801.80m, 42,
            new Dictionary<string, string> { ["size"] = "1-9" },
            [new FeatureEffect("experience", "4", 120m, "4 ans d'expérience : +120 €")],
            new HoursEstimate(hours, At(median), At(median - 200), At(median - 100), At(median + 100), At(median + 200), At(1801.80m)),
            Info, resolved, profile.Date ?? new DateOnly(2025, 6, 1),
            new EstimateFloor(35m, 1801.80m, "smic", null, null, new DateOnly(2024, 11, 1), []),
            Synthetic: true, Warnings(profile.Sector));
    }
}
