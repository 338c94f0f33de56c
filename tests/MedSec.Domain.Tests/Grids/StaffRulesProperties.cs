using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Domain.Grids;
using MedSec.Domain.Observations;
using MedSec.Domain.Transparency;
using static MedSec.Domain.Tests.Grids.GridBuilders;

namespace MedSec.Domain.Tests.Grids;

/// <summary>The staff analysis's invariants over generated payrolls (fixed FsCheck seeds; FsCheck prints the replay of any failure).</summary>
public class StaffRulesProperties
{
    private static readonly DateOnly Date = new(2026, 3, 1);
    private static readonly IReadOnlyList<GridLevel> Grid4 = Grid(4, SeniorityScale.Steps(5));

    private static readonly Gen<EmployeePay> Employees =
        from id in Gen.Choose(1, 1_000_000)
        from gender in Gen.Elements<Gender?>(Gender.Female, Gender.Male, null)
        from level in Gen.Elements<string?>("1", "2", "3", "4", "niveau 2", "cadre", null)
        from fteTenths in Gen.Choose(1, 10)
        from cents in Gen.Choose(100_000, 350_000)
        from days in Gen.Frequency((4, Gen.Choose(0, 15_000).Select(d => (int?)d)), (1, Gen.Constant((int?)null)))
        select new EmployeePay($"E{id}", gender, "Secrétaire médicale", level, days is { } d ? Date.AddDays(-d) : null,
            fteTenths / 10m, cents / 100m, 0m);

    private static readonly Arbitrary<(EmployeePay[] Staff, decimal Rate)> Payrolls =
        (from staff in Gen.ArrayOf(Employees)
         from rate in Gen.Choose(0, 100).Select(r => r / 100m)
         select (staff, rate)).ToArbitrary();

    [Property(MaxTest = 200, Replay = "(20261122,37)")]
    public Property TheCostEqualsTheSumOfTheIndividualRaises() =>
        Prop.ForAll(Payrolls, x =>
        {
            var cost = StaffRules.Analyse(Grid4, x.Staff, Date, null, x.Rate, false).Cost;
            var raises = x.Staff.Select(e => StaffRules.Place(Grid4, e, Date, null).AnnualRaise).Sum();
            return cost.AnnualRaises == raises
                && cost.AnnualCostWithCharges == cost.AnnualRaises + cost.EstimatedCharges
                && cost.AnnualRaises == 12m * cost.MonthlyRaises;
        });

    [Property(MaxTest = 200, Replay = "(20261122,41)")]
    public Property ARaiseBringsAFullTimeBaseToTheGridAndNoFurther() =>
        Prop.ForAll(Employees.ToArbitrary(), e =>
        {
            var p = StaffRules.Place(Grid4, e, Date, null);
            if (p.GridMonthlyGross is not { } target) return p.MonthlyRaise == 0m;
            var after = p.FullTimeMonthlyBase + p.MonthlyRaise / e.Fte;
            return p.MonthlyRaise >= 0m
                && (p.FullTimeMonthlyBase >= target ? p.MonthlyRaise == 0m : Math.Abs(after - target) <= 0.005m / e.Fte)
                && (p.CompaRatio <= 1m || p.MonthlyRaise == 0m);
        });
}
