using MedSec.Domain.Grids;
using MedSec.Domain.Observations;
using static MedSec.Domain.Tests.Grids.GridBuilders;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Grids;

public class StaffRulesTests
{
    private static readonly DateOnly Date = D("2026-03-01");

    // Level l, step s pays 2000 + 100 l + 10 s; steps at 0, 2, 5 years; floor 2000.
    private static readonly IReadOnlyList<GridLevel> Grid3 = Grid(3, [0, 2, 5]);

    [Fact]
    public void AnEmployeeIsPlacedByLevelAndSeniority()
    {
        var p = StaffRules.Place(Grid3, Employee("A1", Gender.Female, "2", 2100m, hired: D("2022-09-01")), Date, null);

        Assert.Equal((2, 3, 2), (p.GridLevel, p.SeniorityYears, p.StepYears));
        Assert.Equal(2210m, p.GridMonthlyGross);
        Assert.Equal(0.950m, p.CompaRatio);
        Assert.Equal(110m, p.MonthlyRaise);
        Assert.Equal(1320m, p.AnnualRaise);
        Assert.False(p.BelowLegalFloor);
    }

    [Fact]
    public void APartTimeEmployeesRaiseIsProratedAndTheCompaRatioIsOnFullTimePay()
    {
        // 80 %: 1 680 € paid = 2 100 € full time; grid 2 200 € (level 2, step 0) ⇒ 100 € full time, 80 € as paid.
        var p = StaffRules.Place(Grid3, Employee("P1", Gender.Male, "2", 1680m, fte: 0.8m, hired: D("2025-06-01")), Date, null);

        Assert.Equal(2100m, p.FullTimeMonthlyBase);
        Assert.Equal(0.955m, p.CompaRatio);
        Assert.Equal(80m, p.MonthlyRaise);
        Assert.Equal(960m, p.AnnualRaise);
    }

    [Fact]
    public void AnEmployeeAboveTheGridGetsNoRaise()
    {
        var p = StaffRules.Place(Grid3, Employee("A2", Gender.Female, "1", 2500m, hired: D("2015-01-01")), Date, null);

        Assert.Equal(2120m, p.GridMonthlyGross);
        Assert.Equal(1.179m, p.CompaRatio);
        Assert.Equal(0m, p.MonthlyRaise);
    }

    [Fact]
    public void WithoutHireDateTheFirstStepIsUsedAndSaid()
    {
        var p = StaffRules.Place(Grid3, Employee("A3", null, "3", 2000m), Date, null);

        Assert.Null(p.SeniorityYears);
        Assert.Equal(0, p.StepYears);
        Assert.Equal(2300m, p.GridMonthlyGross);
        Assert.Equal(StaffTexts.NoHireDateNote, p.Note);
    }

    [Fact]
    public void AnEmployeeUnderTheLegalFloorIsFlagged()
    {
        var p = StaffRules.Place(Grid3, Employee("A4", Gender.Male, "1", 1900m, hired: D("2025-01-01")), Date, null);

        Assert.True(p.BelowLegalFloor);
    }

    [Fact]
    public void AnUnplacedEmployeeHasNoRaiseAndIsCountedInTheWarnings()
    {
        var analysis = StaffRules.Analyse(Grid3, [Employee("X", Gender.Male, "cadre", 3000m), Employee("Y", Gender.Female, "1", 2000m)], Date, null, 0.35m, true);

        var x = analysis.Employees[0];
        Assert.Null(x.GridLevel);
        Assert.Null(x.CompaRatio);
        Assert.Equal(0m, x.AnnualRaise);
        Assert.Equal((2, 1, 1), (analysis.Cost.Headcount, analysis.Cost.Placed, analysis.Cost.BelowGrid));
        Assert.Contains(StaffTexts.Unplaced(1), analysis.Warnings);
        Assert.False(x.BelowLegalFloor);
    }

    [Fact]
    public void AnUnplacedEmployeePaidUnderTheSmicIsStillSaidToBe()
    {
        // Grid3's SMIC is 2000 €: 1200 € full time is under it whatever the level the payroll could not name.
        var analysis = StaffRules.Analyse(Grid3, [Employee("Z", Gender.Female, "inconnu", 1200m)], Date, null, 0.35m, true);

        var z = Assert.Single(analysis.Employees);
        Assert.Null(z.GridLevel);
        Assert.True(z.BelowLegalFloor);
        Assert.Contains(StaffTexts.UnderFloor(1), analysis.Warnings);
    }

    [Fact]
    public void TheCostIsTheSumOfTheRaisesWithEstimatedChargesOnTop()
    {
        var analysis = StaffRules.Analyse(Grid3,
            [Employee("A", Gender.Female, "1", 2000m), Employee("B", Gender.Male, "2", 1075m, fte: 0.5m), Employee("C", Gender.Female, "3", 2400m)],
            Date, null, 0.35m, chargeRateAssumed: true);

        // A: 2 100 − 2 000 = 100 €; B: (2 200 − 2 150) × 0.5 = 25 €; C: above the grid.
        Assert.Equal(125m, analysis.Cost.MonthlyRaises);
        Assert.Equal(1500m, analysis.Cost.AnnualRaises);
        Assert.Equal(525m, analysis.Cost.EstimatedCharges);
        Assert.Equal(2025m, analysis.Cost.AnnualCostWithCharges);
        Assert.True(analysis.Cost.ChargeRateAssumed);
        Assert.Contains("hypothèse", analysis.Cost.ChargeNote);
    }

    [Fact]
    public void AChargeRateOutsideZeroToOneIsRefused() =>
        Assert.Throws<MedSecInputException>(() => StaffRules.Analyse(Grid3, [], Date, null, 1.2m, false));
}
