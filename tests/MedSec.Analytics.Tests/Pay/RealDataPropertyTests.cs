using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Analytics.Pay;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Analytics.Tests.Pay.RealReference;

namespace MedSec.Analytics.Tests.Pay;

/// <summary>The invariants of the pay rules again, over the bundled reference data rather than a hand-built one.</summary>
public class RealDataPropertyTests
{
    private static Gen<DateOnly> Dates(string from, string to) =>
        Gen.Choose(0, D(to).DayNumber - D(from).DayNumber).Select(d => D(from).AddDays(d));

    [Property]
    public Property PayNeverDecreasesWithTheEchelonOfAnyGrade() =>
        Prop.ForAll(
            (from grade in Gen.Elements(Enum.GetValues<GradeCode>())
             from date in Dates("2023-07-01", "2028-12-31")
             from zone in Gen.Elements(Enum.GetValues<ResidenceZone>())
             select (grade, date, zone)).ToArbitrary(),
            x =>
            {
                var last = Services.Reference.Grids.Where(g => g.Grade == x.grade && g.ValidFrom <= x.date).Max(g => g.Echelon);
                var pays = Enumerable.Range(1, last).Select(e => Service.PublicPay(new PublicPayQuery(x.grade, e, x.date, x.zone))).ToList();
                return pays.Zip(pays.Skip(1)).All(p => p.Second.TotalWithAllowances >= p.First.TotalWithAllowances
                    && p.Second.TotalMonthlyGross >= p.First.TotalMonthlyGross);
            });

    [Property]
    public Property NoAgreementLevelFloorsBelowTheSmic() =>
        Prop.ForAll(
            (from row in Gen.Elements(Services.Reference.AgreementMinima.ToArray())
             from date in Dates("2025-11-01", "2028-12-31")
             from hours in Gen.Choose(1, 48)
             select (row, date, hours: (decimal)hours)).ToArbitrary(),
            x =>
            {
                var floor = Service.Floor(new FloorQuery(x.row.Agreement, x.row.Level, x.date, x.hours));
                // The SMIC is hourly (Code du travail art. L3231-2): H hours a week are H × 52 / 12 hours a month.
                var hourly = Services.Reference.Smic.Where(s => s.ValidFrom <= x.date).MaxBy(s => s.ValidFrom)!.Hourly;
                return floor.Floor >= Money.Cents(hourly * x.hours * 52m / 12m)
                    && floor.Binding == (floor.Smic >= floor.AgreementMinimum ? "smic" : "agreement");
            });

    [Property]
    public Property NetStaysBelowGrossAndComesBack() =>
        Prop.ForAll(
            (from cents in Gen.Choose(100_000, 600_000)
             from sector in Gen.Elements(Enum.GetValues<Sector>())
             from date in Dates("2024-01-01", "2028-12-31")
             select (gross: cents / 100m, sector, date)).ToArbitrary(),
            x =>
            {
                var net = Service.Net(new NetQuery(x.gross, x.sector, x.date)).Net;
                var back = Service.GrossFromNet(net, x.sector, x.date);
                // Just above the PSS, the CET makes a lower gross (below the PSS) give the same net: that one is returned.
                var pss = Services.Reference.SocialSecurityCeilings.Where(p => p.ValidFrom <= x.date).MaxBy(p => p.ValidFrom)!.Monthly;
                var cetCliff = x.sector != Sector.Public && back <= pss && pss < x.gross && x.gross - back < 10m;
                return net < x.gross && (Math.Abs(back - x.gross) <= 0.03m || cetCliff);
            });
}
