using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Pay;

/// <summary>Invariants of the pay rules over generated inputs (FsCheck prints the replay seed of any failure).</summary>
public class PayPropertyTests
{
    private static readonly ReferenceData Data = Research().Build();
    private static readonly DateOnly First = D("2024-01-01");
    private static readonly DateOnly Last = D("2028-12-31");

    private static Gen<DateOnly> Dates(DateOnly from, DateOnly to) =>
        Gen.Choose(0, to.DayNumber - from.DayNumber).Select(d => from.AddDays(d));

    private static readonly IReadOnlyList<string> None = [];
    private static readonly Gen<GradeCode> Grades = Gen.Elements(Enum.GetValues<GradeCode>());
    private static readonly Gen<ResidenceZone> Zones = Gen.Elements(Enum.GetValues<ResidenceZone>());

    [Property]
    public Property PayNeverDecreasesWithTheEchelonInsideAGrade() =>
        Prop.ForAll(
            (from grade in Grades
             from date in Dates(D("2023-07-01"), Last)
             from zone in Zones
             from cti in Gen.Elements(true, false)
             select (grade, date, zone, cti)).ToArbitrary(),
            x =>
            {
                var echelons = Data.Grids.Where(g => g.Grade == x.grade && g.ValidFrom == D("2024-01-01")).Select(g => g.Echelon).Order();
                var totals = echelons.Select(e => PublicPayRules.Compute(Data, x.grade, e, x.date, x.zone, x.cti)).ToList();
                return totals.Zip(totals.Skip(1)).All(p =>
                    p.Second.BaseMonthlyGross >= p.First.BaseMonthlyGross
                    && p.Second.TotalMonthlyGross >= p.First.TotalMonthlyGross
                    && p.Second.TotalWithAllowances >= p.First.TotalWithAllowances);
            });

    [Property]
    public Property TheFloorIsNeverBelowTheProratedSmic() =>
        Prop.ForAll(
            (from level in Gen.Elements(Data.AgreementMinima.Select(m => (m.Agreement, m.Level)).Distinct().ToArray())
             from date in Dates(First, Last)
             from quarterHours in Gen.Choose(4, 48 * 4) // 1 to 48 h a week, the limits of a floor question
             select (level, date, hours: quarterHours / 4m)).ToArbitrary(),
            x =>
            {
                var floor = LegalFloorRules.Compute(Data, x.level.Agreement, x.level.Level, x.date, x.hours);
                // The SMIC is hourly (Code du travail art. L3231-2): H hours a week are H × 52 / 12 hours a month, paid at
                // least the hourly SMIC each (overtime premiums only add to it).
                var hourly = Data.Smic.Where(s => s.ValidFrom <= x.date).MaxBy(s => s.ValidFrom)!.Hourly;
                return floor.Floor >= Money.Cents(hourly * x.hours * 52m / 12m) && floor.Floor >= floor.AgreementMinimum;
            });

    [Property]
    public Property NetIsBelowGrossForAnyGrossOfAtLeastOneEuro() =>
        // Below a few cents every contribution rounds to 0 €, so the strict inequality starts at realistic amounts.
        Prop.ForAll(
            (from cents in Gen.Choose(100, 2_000_000)
             from sector in Gen.Elements(Enum.GetValues<Sector>())
             from date in Dates(First, Last)
             select (gross: cents / 100m, sector, date)).ToArbitrary(),
            x =>
            {
                var net = NetPayRules.Net(Data, x.gross, x.sector, x.date);
                return net.Net < x.gross && net.Net > 0m && net.EmployeeContributionRate is > 0m and < 1m;
            });

    /// <summary>
    /// GrossFromNet(Net(g)) comes back to g. Not always within one cent: rounding each contribution lets up to 6
    /// neighbouring cents share one net (see <see cref="NetPayRulesTests"/>), so the bound is 3 cents, and just above
    /// the PSS the CET makes the lower of two grosses the answer.
    /// </summary>
    [Property]
    public Property GrossFromNetOfNetGivesTheGrossBack() =>
        Prop.ForAll(
            (from cents in Gen.Choose(0, 1_500_000)
             from sector in Gen.Elements(Enum.GetValues<Sector>())
             from date in Dates(First, Last)
             select (gross: cents / 100m, sector, date)).ToArbitrary(),
            x =>
            {
                var net = NetPayRules.Net(Data, x.gross, x.sector, x.date).Net;
                var back = NetPayRules.GrossFromNet(Data, net, x.sector, x.date);
                var pss = Data.SocialSecurityCeilings.Where(p => p.ValidFrom <= x.date).MaxBy(p => p.ValidFrom)!.Monthly;
                var belowTheCetCliff = x.sector != Sector.Public && x.gross > pss && back <= pss && x.gross - back < 10m;
                return Math.Abs(NetPayRules.Net(Data, back, x.sector, x.date).Net - net) <= 0.02m
                    && (belowTheCetCliff || Math.Abs(back - x.gross) <= 0.03m);
            });

    /// <summary>
    /// The same round trip on the few cents around the PSS, where the CET's cliff and the roundings meet: a uniform gross
    /// rarely lands there (the dip on the PSS of December 2025 was found by one run in many).
    /// </summary>
    [Property]
    public Property AroundThePssTheInverseStillGivesTheGrossBack() =>
        Prop.ForAll(
            (from offset in Gen.Choose(-20, 20)
             from sector in Gen.Elements(Sector.Private, Sector.Remote)
             from date in Dates(First, Last)
             select (offset, sector, date)).ToArbitrary(),
            x =>
            {
                var pss = Data.SocialSecurityCeilings.Where(p => p.ValidFrom <= x.date).MaxBy(p => p.ValidFrom)!.Monthly;
                var gross = pss + x.offset / 100m;
                var net = NetPayRules.Net(Data, gross, x.sector, x.date).Net;
                var back = NetPayRules.GrossFromNet(Data, net, x.sector, x.date);
                var belowTheCetCliff = gross > pss && back <= pss;
                // Above the PSS the CET's cliff (about 5,50 €) can make a gross some euros below it the lower answer.
                return Math.Abs(NetPayRules.Net(Data, back, x.sector, x.date).Net - net) <= 0.02m
                    && (belowTheCetCliff ? gross - back < 10m : Math.Abs(back - gross) <= 0.03m);
            });

    [Property]
    public Property MovingTheDateInsideOneValidityPeriodChangesNoAmount() =>
        Prop.ForAll(
            (from grade in Grades
             from date in Dates(D("2023-07-01"), Last)
             from shift in Gen.Choose(0, 400)
             from level in Gen.Elements("4", "5", "9", "16")
             from cents in Gen.Choose(100, 800_000)
             select (grade, date, shift, level, gross: cents / 100m)).ToArbitrary(),
            x =>
            {
                var (start, end) = ValidityPeriod(x.date);
                var other = x.date.AddDays(x.shift);
                if (other > end) other = start;
                var a = PublicPayRules.Compute(Data, x.grade, 1, x.date, ResidenceZone.Zone1);
                var b = PublicPayRules.Compute(Data, x.grade, 1, other, ResidenceZone.Zone1);
                var fa = LegalFloorRules.Compute(Data, Agreement.Idcc1147, x.level, x.date);
                var fb = LegalFloorRules.Compute(Data, Agreement.Idcc1147, x.level, other);
                var na = NetPayRules.Net(Data, x.gross, Sector.Private, x.date);
                var nb = NetPayRules.Net(Data, x.gross, Sector.Private, other);
                // Warnings may change (a figure grows old); amounts and asOf may not.
                return (a with { Date = other, Warnings = None }) == (b with { Warnings = None })
                    && (fa with { Date = other, Warnings = None }) == (fb with { Warnings = None })
                    && (na with { Date = other, Warnings = None, Contributions = [] }) == (nb with { Warnings = None, Contributions = [] })
                    && na.Contributions.SequenceEqual(nb.Contributions);
            });

    /// <summary>The period around a date in which no figure of the data starts or ends: [last change ≤ date, next change − 1 day].</summary>
    private static (DateOnly Start, DateOnly End) ValidityPeriod(DateOnly date)
    {
        var froms = Data.Grids.Select(g => g.ValidFrom).Concat(Data.PointValues.Select(p => p.ValidFrom)).Concat(Data.MinimumIndexes.Select(m => m.ValidFrom))
            .Concat(Data.Smic.Select(s => s.ValidFrom)).Concat(Data.AgreementMinima.Select(m => m.ValidFrom)).Concat(Data.Supplements.Select(s => s.ValidFrom))
            .Concat(Data.Contributions.Select(c => c.ValidFrom)).Concat(Data.SocialSecurityCeilings.Select(p => p.ValidFrom));
        var tos = Data.Grids.Select(g => g.ValidTo).Concat(Data.PointValues.Select(p => p.ValidTo)).Concat(Data.MinimumIndexes.Select(m => m.ValidTo))
            .Concat(Data.Smic.Select(s => s.ValidTo)).Concat(Data.AgreementMinima.Select(m => m.ValidTo)).Concat(Data.Supplements.Select(s => s.ValidTo))
            .Concat(Data.Contributions.Select(c => c.ValidTo)).Concat(Data.SocialSecurityCeilings.Select(p => p.ValidTo))
            .OfType<DateOnly>().Select(d => d.AddDays(1));
        var changes = froms.Concat(tos).Distinct().Order().ToList();
        var start = changes.Where(c => c <= date).DefaultIfEmpty(DateOnly.MinValue).Max();
        var next = changes.Where(c => c > date).DefaultIfEmpty(DateOnly.MaxValue).Min();
        return (start, next == DateOnly.MaxValue ? next : next.AddDays(-1));
    }

    [Property]
    public Property ANetIsAlwaysToTheCentWhateverTheGrossIsWrittenWith() =>
        Prop.ForAll(
            (from tenThousandths in Gen.Choose(0, int.MaxValue)
             from sector in Gen.Elements(Enum.GetValues<Sector>())
             from date in Dates(First, Last)
             select (gross: tenThousandths / 10_000m, sector, date)).ToArbitrary(),
            x =>
            {
                var net = NetPayRules.Net(Data, x.gross, x.sector, x.date);
                return net.Net == Math.Round(net.Net, 2) && net.Contributions.All(c => c.Amount == Math.Round(c.Amount, 2));
            });

    [Property]
    public Property PaidHoursAreTheHoursUpTo35AndGrowFasterBeyond() =>
        Prop.ForAll(
            (from quarters in Gen.Choose(1, 48 * 4 - 1)
             from date in Dates(First, Last)
             select (hours: quarters / 4m, date)).ToArbitrary(),
            x =>
            {
                var paid = HoursRules.PaidWeeklyHours(Data, x.hours, x.date);
                var next = HoursRules.PaidWeeklyHours(Data, x.hours + 0.25m, x.date);
                // Each quarter hour adds a quarter hour up to 35 h, then 1.25 to 1.5 times that (premiums of 25 % and 50 %).
                return x.hours < 35m
                    ? paid == x.hours && next - paid == 0.25m
                    : paid >= x.hours && next - paid >= 0.25m * 1.25m && next - paid <= 0.25m * 1.5m;
            });
}
