using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Analytics.Estimation;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>
/// Invariants of every estimate over generated profiles (all sectors, régions, options given or omitted, 1–48 h, dates
/// from the first SMIC on file to beyond the newest), on the bundled model. Fixed seeds (Replay): CI is deterministic.
/// </summary>
[Collection(BundledModelCollection.Name)]
public sealed class EstimateFloorProperties(BundledModelFixture fixture)
{
    private static Gen<T?> Optional<T>() where T : struct, Enum =>
        Gen.OneOf(Gen.Constant<T?>(null), Gen.Elements(Enum.GetValues<T>()).Select(v => (T?)v));

    private static readonly Gen<PayProfile> Profiles =
        from sector in Gen.Elements(Enum.GetValues<Sector>())
        from region in Gen.Elements(CodeBook.RegionNames.Keys.ToArray())
        from tenths in Gen.Choose(0, 500)
        from specialty in Optional<Specialty>()
        from employer in Optional<EmployerType>()
        from size in Optional<SizeBand>()
        from contract in Optional<ContractType>()
        from hours in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(1, 48).Select(h => (decimal?)h))
        from day in Gen.Choose(0, new DateOnly(2027, 12, 31).DayNumber - new DateOnly(2020, 1, 1).DayNumber)
        select new PayProfile(sector, new Region(region), tenths / 10m, specialty, employer, size, contract, hours,
            new DateOnly(2020, 1, 1).AddDays(day));

    [Property(MaxTest = 300, Replay = "(20251123,5)")]
    public Property AnEstimateIsNeverBelowItsLegalFloor() =>
        Prop.ForAll(Profiles.ToArbitrary(), p =>
        {
            var e = fixture.Estimator.Estimate(p);
            var smic = Money.Cents(EstimationServices.Pay.SmicMonthly(e.Date, SmicTerritories.Of(p.Region)));
            // A freelance is shown the floor for comparison only (FreelanceIsNotRaisedToTheSmic below).
            return (e.P10 >= e.Floor || e.Profile.Contract == ContractType.Freelance) && e.Floor >= smic && e.FloorDetail.Amount == e.Floor;
        });

    [Property(MaxTest = 300, Replay = "(1147,2263)")]
    public Property TheEstimateAtTheUsersHoursIsNeverBelowTheFloorForThoseHours() =>
        Prop.ForAll(Profiles.ToArbitrary(), p =>
        {
            var e = fixture.Estimator.Estimate(p);
            var hours = p.WeeklyHours ?? WorkingTime.FullTimeWeeklyHours;
            // The SMIC is hourly (Code du travail art. L3231-2): H hours a week are H × 52 / 12 hours a month.
            var reference = EstimationServices.Services.Reference;
            var series = SmicTerritories.Of(p.Region) == SmicTerritory.Mayotte ? reference.MayotteSmic : reference.Smic;
            var hourly = series.Where(s => s.ValidFrom <= e.Date).MaxBy(s => s.ValidFrom)!.Hourly;
            var smic = Money.Cents(hourly * hours * 52m / 12m);
            var a = e.AtHours;
            // Up to 35 h pro rata; beyond, each overtime hour is paid 125 % to 150 % of an ordinary hour (Code du travail L3121-36).
            var proRata = Money.Cents(e.Median * hours / WorkingTime.FullTimeWeeklyHours);
            var atMostOvertime = Money.Cents(e.Median * (hours + 0.5m * Math.Max(0m, hours - WorkingTime.FullTimeWeeklyHours)) / WorkingTime.FullTimeWeeklyHours);
            bool Scaled(decimal m) => hours <= WorkingTime.FullTimeWeeklyHours ? m == proRata : m > proRata && m <= atMostOvertime;
            return e.Profile.Contract == ContractType.Freelance
                ? a.WeeklyHours == hours && a.Floor >= smic && Scaled(a.Median)
                // Held to its floor, a median says nothing of its scaling; above it, it is the scaled one.
                : a.WeeklyHours == hours && a.P10 >= a.Floor && a.Floor >= smic && (a.Median == a.Floor || Scaled(a.Median));
        });

    [Property(MaxTest = 300, Replay = "(29,2099)")]
    public Property PercentilesAreOrderedAndEveryOmittedOptionIsAssumed() =>
        Prop.ForAll(Profiles.ToArbitrary(), p =>
        {
            var e = fixture.Estimator.Estimate(p);
            var omitted = new[]
            {
                ("specialty", p.Specialty is null), ("employer", p.Employer is null), ("size", p.Size is null),
                ("contract", p.Contract is null), ("weeklyHours", p.WeeklyHours is null), ("date", p.Date is null),
            }.Where(o => o.Item2).Select(o => o.Item1).Order();
            return e.P10 <= e.P25 && e.P25 <= e.Median && e.Median <= e.P75 && e.P75 <= e.P90
                && e.Assumed.Keys.Order().SequenceEqual(omitted)
                && (p.Employer is null || e.Profile.Employer == p.Employer)
                && e.Explanation.Count <= 5;
        });

    [Fact]
    public void FreelanceIsNotRaisedToTheSmicAnEmployeeIs()
    {
        // A beginner télésecrétaire: the model's P10 is below the SMIC; the employee's is raised to it, the freelance's is not.
        PayProfile As(ContractType contract) =>
            new(Sector.Remote, new Region("84"), 0m, null, EmployerType.Telesecretariat, null, contract, null, new DateOnly(2026, 11, 1));
        var employee = fixture.Estimator.Estimate(As(ContractType.Cdi));
        var freelance = fixture.Estimator.Estimate(As(ContractType.Freelance));

        Assert.Equal(employee.Floor, employee.P10);
        Assert.Contains(employee.Warnings, w => w.Contains("relevées au plancher"));
        Assert.True(freelance.P10 < freelance.Floor, $"P10 {freelance.P10}, floor {freelance.Floor}");
        Assert.Contains(freelance.Warnings, w => w.StartsWith("Contrat freelance : le SMIC ne s'applique pas"));
        Assert.DoesNotContain(freelance.Warnings, w => w.Contains("relevées au plancher"));
    }

    [Fact]
    public void AClinicEstimateNamesTheMembersMinimumAboveItsLegalFloor()
    {
        // IDCC 2264: the extended coefficient 188 (1734.36 €) is under the SMIC, which is the floor; avenant n° 33's niveau
        // 6, RMAN 23 900 € a year (1991.67 € a month), binds only members of the signatory federations (RESEARCH.md §2.2).
        PayProfile At(EmployerType employer) =>
            new(Sector.Private, new Region("84"), 5m, null, employer, null, ContractType.Cdi, null, new DateOnly(2026, 11, 1));
        var clinic = fixture.Estimator.Estimate(At(EmployerType.Clinique));
        var practice = fixture.Estimator.Estimate(At(EmployerType.Cabinet));

        Assert.Equal("smic", clinic.FloorDetail.Binding);
        Assert.Contains(clinic.Warnings, w => w.Contains("niveau N6") && w.Contains("1991,67 €") && w.Contains("non étendu"));
        Assert.DoesNotContain(practice.Warnings, w => w.Contains("non étendu"));
    }
}
