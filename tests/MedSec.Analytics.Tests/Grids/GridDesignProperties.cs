using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Analytics.Grids;
using MedSec.Analytics.Pay;
using MedSec.Analytics.Tests.Pay;
using MedSec.Domain.Codes;
using MedSec.Domain.Grids;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Tests.Grids;

/// <summary>
/// The invariants over generated designs with the bundled reference data: every cell ≥ its floor at the date
/// (recomputed here from the pay service), the grid monotone in level and seniority, and the cost the sum of the
/// individual raises. The market is a generated one (values, gaps). Fixed seeds.
/// </summary>
public class GridDesignProperties
{
    private sealed record Case(GridDesignQuery Query, decimal[] Market, EmployeePay[] Staff);

    private static readonly DateOnly From = new(2024, 1, 1);

    private static readonly Gen<EmployeePay> Employees =
        from id in Gen.Choose(1, 1_000_000)
        from gender in Gen.Elements<Gender?>(Gender.Female, Gender.Male, null)
        from level in Gen.Elements<string?>("1", "2", "5", "6", "7", "9", "140", "160", "N6", "188", "x", null)
        from fteTenths in Gen.Choose(2, 10)
        from cents in Gen.Choose(90_000, 400_000)
        from days in Gen.Choose(0, 12_000)
        select new EmployeePay($"E{id}", gender, null, level, new DateOnly(2026, 1, 1).AddDays(-days), fteTenths / 10m, cents / 100m, 0m);

    private static readonly Gen<Case> Cases =
        from region in Gen.Elements(CodeBook.RegionNames.Keys.ToArray())
        from employer in Gen.Elements(Enum.GetValues<EmployerType>())
        from agreement in Gen.Elements<Agreement?>(Agreement.Idcc1147, Agreement.Idcc2264, Agreement.Idcc29, Agreement.Idcc2098, null)
        from percentile in Gen.Choose(1, 99)
        from levels in Gen.Choose(1, GridErrors.MaxLevels)
        from steps in Gen.Choose(1, SeniorityScale.MaxSteps)
        from days in Gen.Choose(0, 3 * 365)
        from market in Gen.ArrayOf(Gen.Choose(0, 350_000).Select(c => c / 100m), SeniorityScale.MaxSteps)
        from gap in Gen.Elements<decimal?>(null, 0m, 0.02m, 0.1m)
        from staff in Gen.ArrayOf(Employees)
        select new Case(
            new GridDesignQuery(new Region(region), employer, percentile, levels, steps, agreement, From.AddDays(days), 1, gap),
            market, staff);

    private static GridDesign Design(Case c)
    {
        var book = new MemoryPayrollBook();
        book.Add("paie.csv", c.Staff);
        // A market figure of 0 stands for "no cell with k observations".
        var market = new StubMarket(q => c.Market[Array.IndexOf(SeniorityScale.Years.ToArray(), q.MinYears)] is var v && v > 0 ? v : null);
        return new GridDesignService(RealReference.Services.Reference, RealReference.Service, market, book).Design(c.Query);
    }

    private static decimal FloorAt(GridLevel level, GridDesignQuery query, string? agreement) =>
        agreement is null
            ? RealReference.Service.SmicMonthly(query.Date, SmicTerritories.Of(query.Region))
            : RealReference.Service.Floor(PayRequestParser.Floor(agreement, level.Position, query.Date.ToString("yyyy-MM-dd")) with { Region = query.Region }).Floor;

    [Property(MaxTest = 200, Replay = "(20261122,3)")]
    public Property EveryCellIsAtLeastItsLevelsFloorAtTheDate() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var design = Design(c);
            return design.Levels.All(l => l.Steps.All(s => s.MonthlyGross >= FloorAt(l, c.Query, design.Agreement)));
        });

    [Property(MaxTest = 200, Replay = "(20261122,5)")]
    public Property TheGridIsMonotoneInLevelAndSeniority() =>
        Prop.ForAll(Cases.ToArbitrary(), c => GridRules.IsMonotone(Design(c).Levels));

    [Property(MaxTest = 200, Replay = "(20261122,9)")]
    public Property TheCostEqualsTheSumOfTheIndividualRaises() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var staff = Design(c).Staff!;
            return staff.Cost.AnnualRaises == staff.Employees.Sum(e => e.AnnualRaise)
                && staff.Cost.AnnualRaises == staff.Employees.Sum(e => Money.Cents(e.MonthlyRaise * 12m))
                && staff.Employees.All(e => e.MonthlyRaise >= 0m);
        });
}
