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

    // IDCC 1147 at 2026-06-01 (agreement_minima.csv, SMIC 1 867,02 €): positionnement 7 owes 1 966,21 €, 8 owes 2 050,62 €.
    // The grid holds 5, 7 and 9; its level 2 (positionnement 7) pays 1 966,21 € at step 0, its floor.
    private static readonly PositionFloor[] Idcc1147Floors =
    [
        Flat("5", 1867.02m), Flat("6", 1889.38m),
        Flat("7", 1966.21m), Flat("8", 2050.62m),
        Flat("9", 2159.91m),
    ];

    private static PositionFloor Flat(string level, decimal floor) => new(new(level, $"Positionnement {level}"), [new(0, floor)]);

    private static readonly IReadOnlyList<GridLevel> Grid579 =
    [
        new(1, "Niveau 1 – Positionnement 5", "5", [new(0, 1867.02m, null, false)], 1867.02m, "smic", 1815.79m, 1867.02m),
        new(2, "Niveau 2 – Positionnement 7", "7", [new(0, 1966.21m, null, false)], 1966.21m, "agreement", 1966.21m, 1867.02m),
        new(3, "Niveau 3 – Positionnement 9", "9", [new(0, 2159.91m, null, false)], 2159.91m, "agreement", 2159.91m, 1867.02m),
    ];

    /// <summary>June 2026's hourly SMIC × the hours of the month, rounded once, written from the law (L3232-3).</summary>
    private static decimal Smic2026June(decimal weeklyHours) => Math.Round(12.31m * weeklyHours * 52m / 12m, 2, MidpointRounding.AwayFromZero);

    [Theory]
    [InlineData("5", 1173.55, false)] // SMIC-bound position: 12,31 × 22 × 52 / 12 = 1 173,553 → 1 173,55 €
    [InlineData("5", 1173.54, true)]
    [InlineData("7", 1235.90, false)] // agreement-bound: 1 966,21 × 22 / 35 = 1 235,903 → 1 235,90 €, the agreement pro rata
    [InlineData("7", 1235.89, true)]
    public void APartTimersFloorIsTheSmicOfTheirHoursOrTheAgreementsProRata(string level, double paid, bool below)
    {
        // 22 h a week. The payroll check and `pay floor` give 1 173,55 € as the SMIC for 22 h; the staff table pro-rated
        // the rounded full-time SMIC (1 867,02 × 22 / 35 = 1 173,56 €) and called that person under the floor.
        var p = StaffRules.Place(Grid579, Employee("T1", Gender.Female, level, (decimal)paid, fte: 22m / 35m), Date, Idcc1147Floors, Smic2026June);

        Assert.Equal(below, p.BelowLegalFloor);
    }

    [Fact]
    public void AnEmployeeIsHeldToTheFloorOfTheirOwnPositionNotOfTheGridLevelBelowIt()
    {
        // Positionnement 8 paid 2 000 €: above level 2's floor (1 966,21 €), 50,62 € under its own (2 050,62 €).
        var p = StaffRules.Place(Grid579, Employee("C003", Gender.Male, "8", 2000m), Date, Idcc1147Floors);

        Assert.Equal(2, p.GridLevel);
        Assert.True(p.BelowLegalFloor);
        Assert.Equal(2050.62m, p.LegalFloor);
        // The raise reaches the own floor (2 050,62 − 2 000), not only the grid's 1 966,21 €, which would be 0.
        Assert.Equal(50.62m, p.MonthlyRaise);
        Assert.Equal(1966.21m, p.GridMonthlyGross);
        Assert.Contains(StaffTexts.OwnFloorAboveGrid, p.Note);
    }

    [Fact]
    public void APositionBetweenGridLevelsUnderItsOwnFloorIsCountedInTheWarning()
    {
        // Positionnement 6 paid 1 880 €: over the SMIC (level 1's floor) but 9,38 € under positionnement 6's 1 889,38 €.
        var analysis = StaffRules.Analyse(Grid579,
            [Employee("C006", Gender.Female, "Positionnement 6", 1880m), Employee("C007", Gender.Female, "7", 1966.21m)],
            Date, Idcc1147Floors, 0.35m, true);

        Assert.Equal([true, false], analysis.Employees.Select(e => e.BelowLegalFloor));
        Assert.Equal([1889.38m, 1966.21m], analysis.Employees.Select(e => e.LegalFloor));
        Assert.Contains(StaffTexts.UnderFloor(1), analysis.Warnings);
    }

    [Fact]
    public void WithoutAPositionTheGridLevelsFloorHolds()
    {
        // "4" is below every secretary positionnement (5–9): the employee goes to level 1, whose floor holds.
        var p = StaffRules.Place(Grid579, Employee("C008", Gender.Female, "4", 1860m), Date, Idcc1147Floors);

        Assert.Equal((1, 1867.02m, true), (p.GridLevel, p.LegalFloor, p.BelowLegalFloor));
    }

    [Theory]
    [InlineData(1, 53.34)]    // 1 867,02 ÷ 35 = 53,343 → 53,34 €; × 35 = 1 866,90 €, under the full-time floor
    [InlineData(22, 1173.56)] // 1 867,02 × 22 ÷ 35 = 1 173,555 → 1 173,56 €
    [InlineData(4, 213.37)]   // 1 867,02 × 4 ÷ 35 = 213,373 → 213,37 €; ÷ (4/35) = 1 866,99 €
    public void APartTimerPaidTheFloorProRataToTheCentIsNotUnderIt(int hours, decimal floorForHours)
    {
        var fte = hours / 35m;
        var paid = StaffRules.Place(Grid579, Employee("T", Gender.Female, "5", floorForHours, fte: fte), Date, Idcc1147Floors);
        var oneCentShort = StaffRules.Place(Grid579, Employee("T", Gender.Female, "5", floorForHours - 0.01m, fte: fte), Date, Idcc1147Floors);

        Assert.False(paid.BelowLegalFloor);
        Assert.True(oneCentShort.BelowLegalFloor);
    }
}
