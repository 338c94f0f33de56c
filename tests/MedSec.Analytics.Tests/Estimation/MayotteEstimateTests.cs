using MedSec.Analytics.Estimation;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>
/// An estimate in Mayotte is floored by Mayotte's own SMIC (décret n° 2025-1228, art. 1, 2°: 9,33 € an hour from
/// 2026-01-01), worked out here by hand: hourly × the hours of the month (H × 52 / 12).
/// </summary>
[Collection(BundledModelCollection.Name)]
public sealed class MayotteEstimateTests(BundledModelFixture fixture)
{
    private static readonly DateOnly Date = new(2026, 3, 2);

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public void AHospitalProfileInMayotteIsHeldToMayottesSmic()
    {
        var e = fixture.Estimator.Estimate(new PayProfile(Sector.Public, new Region("06"), 8m, Date: Date));

        Assert.Null(e.FloorDetail.Agreement);
        Assert.Equal("smic", e.FloorDetail.Binding);
        Assert.Equal(Cents(9.33m * 35m * 52m / 12m), e.Floor);
    }

    [Fact]
    public void AFloorOfMayottesSmicAloneSaysSoAsAnAgreementsFloorThere()
    {
        // A hospital profile has no agreement: its floor is Mayotte's SMIC alone, 9,33 € an hour since 2026-01-01 (décret
        // n° 2025-1228, art. 1, 2°). Its 1 415,05 € says whose SMIC it is, as a clinic's floor in Mayotte does, and an
        // Île-de-France hospital's (the métropole's SMIC) does not.
        const string Note = "SMIC de Mayotte appliqué : 9,33 € de l'heure depuis le 2026-01-01, plus bas qu'en métropole.";
        var mayotte = fixture.Estimator.Estimate(new PayProfile(Sector.Public, new Region("06"), 8m, WeeklyHours: 24m, Date: Date));
        var paris = fixture.Estimator.Estimate(new PayProfile(Sector.Public, new Region("11"), 8m, Date: Date));

        Assert.Equal((null, "smic"), (mayotte.FloorDetail.Agreement, mayotte.FloorDetail.Binding));
        Assert.Contains(Note, mayotte.FloorDetail.Warnings);
        Assert.Single(mayotte.Warnings, w => w == Note);
        Assert.DoesNotContain(paris.Warnings, w => w.Contains("Mayotte", StringComparison.Ordinal));
    }

    [Fact]
    public void APartTimeFloorInMayotteIsMayottesSmicForThoseHours()
    {
        var e = fixture.Estimator.Estimate(new PayProfile(Sector.Private, new Region("06"), 3m, Employer: EmployerType.Ehpad,
            WeeklyHours: 24m, Date: Date));

        Assert.Equal(Cents(9.33m * 24m * 52m / 12m), e.AtHours.Floor);
    }

    [Fact]
    public void AClinicInMayotteIsHeldToItsAgreementAboveMayottesSmic()
    {
        // IDCC 2264 coefficient 188: 1 734,36 € (avenant 32), above Mayotte's 9.33 × 35 × 52 / 12 = 1 415,05 €, so it binds
        // there, where the métropole's SMIC (12.02 × 35 × 52 / 12 = 1 823,03 €) binds in Île-de-France.
        var mayotte = fixture.Estimator.Estimate(new PayProfile(Sector.Private, new Region("06"), 1m, Employer: EmployerType.Clinique, Date: Date));
        var paris = fixture.Estimator.Estimate(new PayProfile(Sector.Private, new Region("11"), 1m, Employer: EmployerType.Clinique, Date: Date));

        Assert.Equal((1734.36m, "agreement"), (mayotte.Floor, mayotte.FloorDetail.Binding));
        Assert.Equal((Cents(12.02m * 35m * 52m / 12m), "smic"), (paris.Floor, paris.FloorDetail.Binding));
    }
}
