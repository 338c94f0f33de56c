using MedSec.Analytics.Grids;
using MedSec.Analytics.Tests.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Grids;
using MedSec.Domain.Observations;
using static MedSec.Analytics.Tests.Grids.Payrolls;

namespace MedSec.Analytics.Tests.Grids;

/// <summary>The grid designer over the bundled reference data, a stub market and payrolls held in memory.</summary>
public class GridDesignServiceTests
{
    private static readonly DateOnly Date = new(2026, 3, 1);

    private static (GridDesignService Service, StubMarket Market, MemoryPayrollBook Book) Service(StubMarket? market = null)
    {
        var m = market ?? StubMarket.Rising();
        var book = new MemoryPayrollBook();
        return (new GridDesignService(RealReference.Services.Reference, RealReference.Service, m, book), m, book);
    }

    private static GridDesignQuery Query(string employer = "cabinet", int levels = 5, int steps = 4, string? agreement = null, long? payroll = null) =>
        GridRequestParser.Design("84", employer, "60", levels.ToString(), steps.ToString(), agreement, "2026-03-01", payroll?.ToString());

    [Fact]
    public void ACabinetGridTakesIdcc1147PositionnementsFiveToNineAsLevels()
    {
        var design = Service().Service.Design(Query());

        Assert.Equal("1147", design.Agreement);
        Assert.True(design.AgreementAssumed);
        Assert.Equal(["5", "6", "7", "8", "9"], design.Levels.Select(l => l.Position));
        Assert.Equal("Niveau 1 – Positionnement 5", design.Levels[0].Label);
        Assert.Equal([0, 2, 5, 10], design.Levels[0].Steps.Select(s => s.Years));
        Assert.Contains(design.Warnings, w => w.StartsWith("Convention collective non indiquée : IDCC 1147", StringComparison.Ordinal));
    }

    [Fact]
    public void FloorsNameTheSmicWhenItBindsAndTheAgreementOtherwise()
    {
        var design = Service().Service.Design(Query());

        // 2026-03-01: SMIC 1 823,03 € > positionnement 5 (1 815,79 €); positionnement 6 = 1 889,38 €.
        Assert.Equal((1823.03m, "smic", 1815.79m), (design.Levels[0].Floor, design.Levels[0].FloorBinding, design.Levels[0].AgreementMinimum));
        Assert.Equal((1889.38m, "agreement"), (design.Levels[1].Floor, design.Levels[1].FloorBinding));
        Assert.Equal(new DateOnly(2026, 1, 1), design.AsOf);
        Assert.Contains(design.Warnings, w => w.Contains("inchangé depuis le 2024-01-01", StringComparison.Ordinal));
    }

    [Fact]
    public void TheMiddleLevelSitsOnTheMarketPercentileAndTheOthersFollowTheAgreementsHierarchy()
    {
        var (service, market, _) = Service();

        var design = service.Design(Query());

        Assert.All(market.Queries, q => Assert.Equal(60m, q.Percentile));
        Assert.Equal([(0, 2), (2, 5), (5, 10), (10, null)], market.Queries.Select(q => (q.MinYears, q.MaxYears)));
        Assert.Equal(0.0443m, design.LevelGap);
        // Level 3 (positionnement 7) = market: 2 000 € at entry, 2 060 € at 2 years.
        Assert.Equal([2000m, 2060m, 2150m, 2300m], design.Levels[2].Steps.Select(s => s.MonthlyGross));
        Assert.Equal(Math.Round(2000m * 1.0443m, 2), design.Levels[3].Steps[0].MonthlyGross);
    }

    [Fact]
    public void ACellUnderItsFloorIsRaisedToIt()
    {
        var design = Service(new StubMarket(_ => 1700m)).Service.Design(Query());

        Assert.All(design.Levels, l => Assert.All(l.Steps, s => Assert.True(s.MonthlyGross >= l.Floor)));
        Assert.True(design.Levels[0].Steps[0].RaisedToFloor);
        Assert.Equal(1823.03m, design.Levels[0].Steps[0].MonthlyGross);
    }

    [Fact]
    public void WithoutMarketTheGridFollowsTheFloorsAndSaysSo()
    {
        var design = Service(new StubMarket(_ => null)).Service.Design(Query(levels: 2, steps: 2));

        Assert.Equal([1823.03m, 1823.03m], design.Levels[0].Steps.Select(s => s.MonthlyGross));
        Assert.Equal(2159.91m, design.Levels[1].Steps[0].MonthlyGross);
        Assert.Contains(design.Warnings, w => w.StartsWith("Ancienneté 0–1 ans : aucune cellule de marché", StringComparison.Ordinal));
    }

    [Fact]
    public void AHospitalHasNoUsualAgreementSoOnlyTheSmicFloorsItsGrid()
    {
        var design = Service().Service.Design(Query(employer: "hopital", levels: 3, steps: 2));

        Assert.Null(design.Agreement);
        Assert.All(design.Levels, l => Assert.Equal((1823.03m, "smic", (string?)null), (l.Floor, l.FloorBinding, l.Position)));
        Assert.Equal(LevelSpacing.DefaultGap, design.LevelGap);
        Assert.Contains(design.Warnings, w => w.StartsWith("Aucune convention collective indiquée", StringComparison.Ordinal));
    }

    [Fact]
    public void A2264ClinicGridIsFlooredByTheNiveauSixRmanWithItsNotExtendedWarning()
    {
        var design = Service().Service.Design(Query(employer: "clinique", levels: 2, steps: 2));

        // RMAN 23 900 € / 12 = 1 991,67 € (avenant n° 33, not extended).
        Assert.All(design.Levels, l => Assert.Equal(("N6", 1991.67m), (l.Position, l.Floor)));
        Assert.Contains(design.Warnings, w => w.Contains("non étendus", StringComparison.Ordinal));
    }

    [Fact]
    public void A2264ClinicGridsStepsAreFlooredByTheRmanWithItsExperienceAndSeniorityAddOns()
    {
        // Without market, the floors show. agreement_addons.csv (avenant n° 33), N6, RMAN 23 900 €:
        // 2 years: expérience 0,75 % + ancienneté 1,5 % → 23 900 × 1,0225 / 12 = 2 036,479 → 2 036,48 €;
        // 5 years: 1,75 % + 2 % → 23 900 × 1,0375 / 12 = 2 066,354 → 2 066,35 €;
        // 10 years: 3 % + 3,5 % → 23 900 × 1,065 / 12 = 2 121,125 → 2 121,13 €.
        var design = Service(new StubMarket(_ => null)).Service.Design(Query(employer: "clinique", levels: 1, steps: 4));

        var steps = design.Levels[0].Steps;
        Assert.Equal([1991.67m, 2036.48m, 2066.35m, 2121.13m], steps.Select(s => s.Floor!.Value));
        Assert.Equal([1991.67m, 2036.48m, 2066.35m, 2121.13m], steps.Select(s => s.MonthlyGross));
        Assert.All(steps, s => Assert.True(s.RaisedToFloor));
        Assert.Contains(design.Warnings, w => w.StartsWith("Planchers par échelon", StringComparison.Ordinal));
    }

    [Fact]
    public void A2264ClinicsStaffAreHeldToTheFloorWithTheAddOnsOfTheirSeniority()
    {
        // Hired 2017-03-01, 9 full years on 2026-03-01: expérience 1,75 % (5 years) + ancienneté 2,75 % (8 years) →
        // 23 900 × 1,045 / 12 = 2 081,29 €. Paid 2 070 €: above the RMAN (1 991,67 €) but 11,29 € under that floor.
        var (service, _, book) = Service(new StubMarket(_ => null));
        var id = book.Add("paie.csv", [Employee("K9", Gender.Female, "N6", 2070m, hired: new DateOnly(2017, 3, 1))]);

        var placed = Assert.Single(service.Design(Query(employer: "clinique", levels: 1, steps: 4, payroll: id)).Staff!.Employees);

        Assert.Equal((9, 2081.29m, true), (placed.SeniorityYears!.Value, placed.LegalFloor!.Value, placed.BelowLegalFloor));
    }

    [Fact]
    public void ACabinetGridHasNoAddOnsSoEachStepKeepsTheLevelsFloor()
    {
        var design = Service(new StubMarket(_ => null)).Service.Design(Query(levels: 2, steps: 3));

        Assert.All(design.Levels, l => Assert.All(l.Steps, s => Assert.Equal(l.Floor, s.Floor)));
        Assert.DoesNotContain(design.Warnings, w => w.StartsWith("Planchers par échelon", StringComparison.Ordinal));
    }

    [Fact]
    public void TheJobAdRangesGoFromTheFirstToTheLastStepOfEachLevel()
    {
        var design = Service().Service.Design(Query(agreement: "1147"));

        var range = design.JobAdRanges[2];
        Assert.Equal((2000m, 2300m, 24000m, 27600m, "1147"), (range.MonthlyMin, range.MonthlyMax, range.AnnualMin, range.AnnualMax, range.Agreement));
        Assert.False(design.AgreementAssumed);
    }

    [Fact]
    public void WithAPayrollTheStaffArePlacedCostedAndTheGapsReported()
    {
        var (service, _, book) = Service();
        var id = book.Add("paie.csv", KnownGap());

        var design = service.Design(Query(payroll: id));

        Assert.Equal(new PayrollSummary(id, "paie.csv", 16), design.Payroll);
        var staff = design.Staff!;
        Assert.Equal(16, staff.Cost.Placed);
        Assert.Equal(staff.Employees.Sum(e => e.AnnualRaise), staff.Cost.AnnualRaises);
        Assert.True(staff.Cost.ChargeRateAssumed);
        Assert.Equal(EmployerCharges.AssumedRate, staff.Cost.ChargeRate);
        // F6-0: positionnement 6 = level 2, 5 years at 2026-03-01 (hired 2020-09-01) ⇒ step 5.
        var f60 = staff.Employees.Single(e => e.EmployeeId == "F6-0");
        Assert.Equal((2, 5, 5), (f60.GridLevel, f60.SeniorityYears, f60.StepYears));
        Assert.Equal(design.Levels[1].Steps[2].MonthlyGross, f60.GridMonthlyGross);
        Assert.Equal(["6"], design.Transparency!.AlertCategories);
    }

    [Fact]
    public void StaffAreHeldToTheFloorOfTheirOwnPositionnementOnAThreeLevelGrid()
    {
        // 3 levels hold positionnements 5, 7, 9. On 2026-03-01 (agreement_minima.csv, avenant of 2024-01-01) positionnement 8
        // owes 2 050,62 € and 6 owes 1 889,38 €: the grid levels they land on (7 and 5) owe less.
        var (service, _, book) = Service();
        var id = book.Add("paie.csv", [Employee("C003", Gender.Male, "8", 2000m), Employee("C006", Gender.Female, "6", 1880m)]);

        var staff = service.Design(Query(levels: 3, payroll: id)).Staff!;

        Assert.Equal([(2, 2050.62m, true), (1, 1889.38m, true)], staff.Employees.Select(e => (e.GridLevel!.Value, e.LegalFloor!.Value, e.BelowLegalFloor)));
        Assert.Contains(StaffTexts.UnderFloor(2), staff.Warnings);
    }

    [Fact]
    public void AnUnknownPayrollImportIsAnUnknownCode() =>
        Assert.Equal(InputErrorKind.UnknownCode,
            Assert.Throws<MedSecInputException>(() => Service().Service.Design(Query(payroll: 42))).Kind);

    [Fact]
    public void AGivenChargeRateReplacesTheAssumption()
    {
        var (service, _, book) = Service();
        var id = book.Add("paie.csv", [Employee("A", Gender.Female, "5", 1823.03m)]);

        var design = service.Design(Query(payroll: id) with { ChargeRate = 0.42m });

        Assert.False(design.Staff!.Cost.ChargeRateAssumed);
        Assert.Equal(Math.Round(design.Staff.Cost.AnnualRaises * 0.42m, 2), design.Staff.Cost.EstimatedCharges);
    }

    [Fact]
    public void ASyntheticMarketIsSaid()
    {
        var design = Service(new StubMarket(_ => 2100m, synthetic: true)).Service.Design(Query());

        Assert.True(design.SyntheticMarket);
        Assert.Contains(design.Warnings, w => w.Contains("synthétiques", StringComparison.Ordinal));
    }

    [Fact]
    public void AMarketPartlySyntheticIsSaidWithItsShare()
    {
        // Each cell: 40 observations of which 10 synthetic, so a quarter of those behind the figures.
        var design = Designer(new ShareMarket(40, 10)).Design(Query());

        Assert.True(design.SyntheticMarket);
        Assert.Contains(design.Warnings, w => w.Contains("en partie sur des observations synthétiques (25 %", StringComparison.Ordinal));
        Assert.DoesNotContain(design.Warnings, w => w.StartsWith("Niveaux de marché calculés sur des", StringComparison.Ordinal));
    }

    [Fact]
    public void AMarketWithoutSyntheticObservationsSaysNothingOfThem()
    {
        var design = Designer(new ShareMarket(40, 0)).Design(Query());

        Assert.False(design.SyntheticMarket);
        Assert.DoesNotContain(design.Warnings, w => w.Contains("synthétiques", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 1000, "moins de 1 %")]
    [InlineData(999, 1000, "plus de 99 %")]
    [InlineData(1, 3, "33 %")]
    public void ASyntheticShareIsNeverRoundedToNoneNorToAll(int synthetic, int all, string said) =>
        Assert.Contains(Designer(new ShareMarket(all, synthetic)).Design(Query()).Warnings, w => w.Contains($"({said} des observations", StringComparison.Ordinal));

    private static GridDesignService Designer(IMarketLevels market) =>
        new(RealReference.Services.Reference, RealReference.Service, market, new MemoryPayrollBook());

    /// <summary>Every step answered by a cell of <paramref name="n"/> observations, <paramref name="synthetic"/> of them synthetic.</summary>
    private sealed class ShareMarket(int n, int synthetic) : IMarketLevels
    {
        public MarketLevel Level(MarketLevelQuery query) =>
            new(2100m + 20m * query.MinYears, 2000m, 2400m, n, MarketLevel.RegionEmployer, synthetic);
    }

    [Fact]
    public void TheLetterComesFromTheImportedPayroll()
    {
        var (service, _, book) = Service();
        var id = book.Add("paie.csv", KnownGap());

        Assert.Equal("6", service.Letter(id, "F6-1", Date).Category);
        var missing = Assert.Throws<MedSecInputException>(() => service.Letter(id + 1, "F6-1", Date));
        // Said to the pages' readers too: their list is named, not only the command line's.
        Assert.Contains("page Grille salariale", missing.Message);
    }
}
