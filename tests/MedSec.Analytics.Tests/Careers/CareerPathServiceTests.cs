using MedSec.Analytics.Careers;
using MedSec.Analytics.Pay;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain;
using static MedSec.Analytics.Tests.Careers.CareerTestServices;

namespace MedSec.Analytics.Tests.Careers;

/// <summary>
/// Paths over the bundled catalog and reference data. Pay and probabilities are checked with a fixed market pay and fixed
/// transitions, so every figure can be worked out by hand; the public paths use the real timeline.
/// </summary>
public class CareerPathServiceTests
{
    private static readonly DateOnly Start = D("2027-01-01");

    private static PathsQuery Query(CareerRole role, int experience, int years, Specialty specialty = Specialty.General) =>
        new(Auvergne, experience, role, specialty, years, Start);

    private static CareerPath PathWith(PathsResult result, params string[] moves) =>
        result.Paths.Single(p => p.Moves.SequenceEqual(moves));

    private static CareerPath Stay(PathsResult result) => PathWith(result);

    [Theory]
    [InlineData("2024-01-01", 10)]
    [InlineData("2026-03-15", 12)]
    [InlineData("2027-01-01", 30)]
    public void TheNewAmaCnAgentsPathIsTheCareerTimelinesEchelonsPaidMonthByMonth(string start, int years)
    {
        var date = D(start);
        var result = PathService.Paths(new PathsQuery(Auvergne, 0, CareerRole.AmaCn, Specialty.General, years, date));
        var timeline = Services.Pay.PublicCareer(new PublicCareerQuery(GradeCode.AmaCn, date, years));

        var stay = Stay(result);

        Assert.Equal(years, stay.Steps.Count);
        foreach (var step in stay.Steps)
        {
            // Each month is paid the échelon the timeline has reached, at that month's SMIC, point and grid.
            var months = Enumerable.Range(0, 12).Select(m => step.Start.AddMonths(m)).Select(month =>
                Services.Pay.PublicPay(new PublicPayQuery(GradeCode.AmaCn, timeline.Steps.Last(s => s.Date <= month).Echelon, month)).TotalMonthlyGross);
            Assert.Equal(Math.Round(months.Sum() / 12m, 2, MidpointRounding.AwayFromZero), step.MonthlyGross);
            Assert.Equal("AMA-CN", step.Role);
        }
    }

    [Fact]
    public void APublicAgentIsToppedUpToTheSmicOfEachMonthNotOfTheDayTheEchelonBegan()
    {
        // A new AAH-C1 agent on 2026-01-01: échelon 1 (IM 366) for 12 months, zone 3, CTI 49 points, point 5 907,34 €.
        // Traitement = round(366 × 5907.34 / 1200) = 1 801,74; CTI = round(49 × 5907.34 / 1200) = 241,22.
        // Jan–May (SMIC 1 823,03): différentielle 21,29 → 2 064,25. Jun–Dec (SMIC 1 867,02 since 2026-06-01):
        // différentielle 65,28 → 2 108,24 (décret 91-769). Year: (5 × 2 064,25 + 7 × 2 108,24) / 12 = 25 078,93 / 12 = 2 089,91.
        var query = new PathsQuery(Auvergne, 0, CareerRole.AahC1, Specialty.General, 1, D("2026-01-01"));

        var stay = Stay(WithStubs(new FixedMarketPay(2000m), new FixedTransitions()).Paths(query));

        Assert.Equal(2089.91m, stay.Steps[0].MonthlyGross);
        Assert.Equal(25078.92m, stay.CumulativeGross);
    }

    [Fact]
    public void APublicAgentWithExperienceStartsAtTheEchelonItReached()
    {
        // 5 years in AMA-CN: échelons 1–4 take 48 months, so 12 of the 24 months of échelon 5 are done; échelon 6 after 12 more.
        var result = PathService.Paths(Query(CareerRole.AmaCn, 5, 3));
        var echelon5 = Services.Pay.PublicPay(new PublicPayQuery(GradeCode.AmaCn, 5, Start)).TotalMonthlyGross;
        var career = Services.Pay.PublicCareer(new PublicCareerQuery(GradeCode.AmaCn, Start.AddYears(1), 2, 6));

        var steps = Stay(result).Steps;

        Assert.Equal(echelon5, steps[0].MonthlyGross);
        Assert.Equal(career.Steps[0].TotalMonthlyGross, steps[1].MonthlyGross);
    }

    [Fact]
    public void APromotionEntersTheNewGradeAtTheEqualOrNextHigherIndex()
    {
        // 3 years in AMA-CN: échelon 4 (IM 376), eligible for AMA-CS at once; AMA-CS échelon 1 is IM 376.
        var result = PathService.Paths(Query(CareerRole.AmaCn, 3, 4));

        var promoted = PathWith(result, "ama-cn-to-cs");

        var cs1 = Services.Pay.PublicPay(new PublicPayQuery(GradeCode.AmaCs, 1, Start)).TotalMonthlyGross;
        var cs2 = Services.Pay.PublicPay(new PublicPayQuery(GradeCode.AmaCs, 2, Start.AddYears(1))).TotalMonthlyGross;
        Assert.Equal(["AMA-CS", "AMA-CS", "AMA-CS", "AMA-CS"], promoted.Steps.Select(s => s.Role));
        Assert.Equal(cs1, promoted.Steps[0].MonthlyGross);
        Assert.Equal(cs2, promoted.Steps[1].MonthlyGross);
    }

    [Fact]
    public void AQualificationPaysTheNewRoleOnlyAfterItsTrainingAndShowsTheIncomeLost()
    {
        // Secretary with 5 years → trainer: eligible now, typical delay 1 year, AFPA 9 months full time, unpaid.
        var service = WithStubs(new FixedMarketPay(2000m), new FixedTransitions());

        var path = PathWith(service.Paths(Query(CareerRole.Secretary, 5, 4)), "secretary-to-trainer");

        var trainer = 2000m * Catalog.Role(CareerRole.Trainer).PayFactor!.Value;
        Assert.Equal(2000.00m, path.Steps[0].MonthlyGross);
        Assert.Equal("secretary", path.Steps[0].Role);
        // Year 2: 9 months of training paid nothing, then 3 months as a trainer.
        Assert.Equal(9, path.Steps[1].TrainingMonths);
        Assert.Equal(Math.Round(3 * trainer / 12, 2), path.Steps[1].MonthlyGross);
        Assert.Equal("trainer", path.Steps[1].Role);
        Assert.Equal(trainer, path.Steps[2].MonthlyGross);
        Assert.Equal(9, path.TrainingMonths);
        Assert.Equal(9 * 2000m, path.IncomeLostToTraining);
        var training = Assert.Single(path.Training);
        Assert.Equal(("afpa", 9), (training.Code, training.Months));
    }

    [Fact]
    public void AWorkStudyPaysTheSmicMeanwhile()
    {
        // Coordinator with 5 years → clinic manager: delay 1 year, 18 months of work-study paid the SMIC (1 867,02 € since 2026-06-01).
        var service = WithStubs(new FixedMarketPay(2000m), new FixedTransitions());
        var smic = Services.Pay.SmicMonthly(Start, SmicTerritory.Metropole);
        var coordinator = Math.Round(2000m * Catalog.Role(CareerRole.Coordinator).PayFactor!.Value, 2);

        var path = PathWith(service.Paths(Query(CareerRole.Coordinator, 5, 4)), "coordinator-to-clinic-manager");

        Assert.Equal(coordinator, path.Steps[0].MonthlyGross);
        Assert.Equal(smic, path.Steps[1].MonthlyGross);
        Assert.Equal(12, path.Steps[1].TrainingMonths);
        Assert.Equal(6, path.Steps[2].TrainingMonths);
        Assert.Equal(18 * (coordinator - smic), path.IncomeLostToTraining);
        Assert.Equal("clinic-manager", path.Steps[3].Role);
    }

    [Fact]
    public void AWorkStudyInMayotteIsPaidMayottesSmic()
    {
        // The same path in Mayotte: the work-study contract is paid Mayotte's SMIC, 9,56 € an hour since 2026-06-01
        // (arrêté du 22 mai 2026, art. 1, 2°), × 35 × 52 / 12 = 1 449,93 € a month.
        var service = WithStubs(new FixedMarketPay(2000m), new FixedTransitions());
        var smic = Math.Round(9.56m * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero);
        var query = new PathsQuery(new Region("06"), 5, CareerRole.Coordinator, Specialty.General, 4, Start);

        var path = PathWith(service.Paths(query), "coordinator-to-clinic-manager");

        Assert.Equal(smic, path.Steps[1].MonthlyGross);
        Assert.Equal(12, path.Steps[1].TrainingMonths);
    }

    [Fact]
    public void TrainingWhileWorkingLosesNoIncomeButStillDelaysTheNewRole()
    {
        // VAE then the concours: eligible after 1 year, typical delay 1 year, then 10 months of VAE with the pay kept;
        // AMA-CN pays from month 34.
        var service = WithStubs(new FixedMarketPay(2000m), new FixedTransitions());

        var path = PathWith(service.Paths(Query(CareerRole.Secretary, 0, 4)), "secretary-vae-concours-ama");

        Assert.Equal(0m, path.IncomeLostToTraining);
        Assert.Equal(10, path.TrainingMonths);
        Assert.Equal([0, 0, 10, 0], path.Steps.Select(s => s.TrainingMonths));
        Assert.Equal(["secretary", "secretary", "AMA-CN", "AMA-CN"], path.Steps.Select(s => s.Role));
        var ama = Services.Pay.PublicCareer(new PublicCareerQuery(GradeCode.AmaCn, Start.AddMonths(34), 2)).Steps[0].TotalMonthlyGross;
        Assert.Equal(Math.Round((10 * 2000m + 2 * ama) / 12, 2), path.Steps[2].MonthlyGross);
    }

    [Fact]
    public void AFreelancesNetIsItsTurnoverLessTheMicroSocialRate()
    {
        var service = WithStubs(new FixedMarketPay(2000m), new FixedTransitions());

        var path = PathWith(service.Paths(Query(CareerRole.Secretary, 5, 2)), "secretary-to-freelance");

        var turnover = 2000m * Catalog.Role(CareerRole.TelesecretaryFreelance).PayFactor!.Value;
        Assert.Equal(turnover, path.Steps[0].MonthlyGross);
        Assert.Equal(Math.Round(turnover * (1m - Catalog.FreelanceChargeRate(Start)), 2), path.Steps[0].MonthlyNet);
    }

    [Fact]
    public void EmployeesNetComesFromTheNetRules()
    {
        var service = WithStubs(new FixedMarketPay(2000m), new FixedTransitions());

        var stay = Stay(service.Paths(Query(CareerRole.Secretary, 2, 2)));

        Assert.Equal(Services.Pay.Net(new NetQuery(2000m, Sector.Private, Start)).Net, stay.Steps[0].MonthlyNet);
    }

    [Fact]
    public void APublicAgentsIndemnitiesAreNotChargedTheCnracl()
    {
        // A new AMA-CN agent in 2027: échelon 1 is paid under the SMIC, so an indemnité différentielle tops it up; that
        // indemnité pays the RAFP, not the CNRACL of the traitement and the CTI (décret 2003-1306, décret 2004-569).
        var pay = Services.Pay.PublicPay(new PublicPayQuery(GradeCode.AmaCn, 1, Start));
        Assert.True(pay.DifferentialAllowance > 0m, $"différentielle {pay.DifferentialAllowance}");

        var first = Stay(PathService.Paths(Query(CareerRole.AmaCn, 0, 2))).Steps[0];

        var withParts = Services.Pay.Net(new NetQuery(pay.TotalMonthlyGross, Sector.Public, Start, pay.BaseMonthlyGross + pay.Cti)).Net;
        var allTraitement = Services.Pay.Net(new NetQuery(pay.TotalMonthlyGross, Sector.Public, Start)).Net;
        Assert.Equal(withParts, first.MonthlyNet);
        Assert.True(first.MonthlyNet > allTraitement, $"{first.MonthlyNet} vs {allTraitement}");
    }

    [Fact]
    public void MarketPayIsAskedAtTheGrowingExperienceAtEachMonthsDate()
    {
        var market = new FixedMarketPay(2000m, perYear: 30m);
        var service = WithStubs(market, new FixedTransitions());

        var stay = Stay(service.Paths(Query(CareerRole.Secretary, 4, 3, Specialty.Cardiology)));

        Assert.Equal([2120m, 2150m, 2180m], stay.Steps.Select(s => s.MonthlyGross));
        var asked = market.Asked.Where(p => p.Sector == Sector.Private && p.Employer is null && p.Specialty == Specialty.Cardiology).ToList();
        Assert.Contains(asked, p => p.ExperienceYears == 6 && p.Date == Start.AddYears(2) && p.Region == Auvergne);
        // The 8th month of the third year: still 6 years of experience, at that month's date.
        Assert.Contains(asked, p => p.ExperienceYears == 6 && p.Date == Start.AddMonths(31));
    }

    [Fact]
    public void MarketPayFollowsAFloorThatRisesWithinTheYear()
    {
        // A market paying the SMIC of its date (smic.csv): 1 823,03 € from 2026-01-01, 1 867,02 € from 2026-06-01.
        // The year from 2026-01-01: (5 × 1 823,03 + 7 × 1 867,02) / 12 = (9 115,15 + 13 069,14) / 12 = 22 184,29 / 12 = 1 848,69;
        // asked on 1 January only, the whole year was paid 1 823,03, under the SMIC from June.
        var market = new MarketPayOf(p => p.Date < D("2026-06-01") ? 1823.03m : 1867.02m);
        var query = new PathsQuery(Auvergne, 2, CareerRole.Secretary, Specialty.General, 1, D("2026-01-01"));

        var stay = Stay(WithStubs(market, new FixedTransitions()).Paths(query));

        Assert.Equal(1848.69m, stay.Steps[0].MonthlyGross);
        Assert.Equal(22184.28m, stay.CumulativeGross);
    }

    [Fact]
    public void AnEmployeeStayingInHerRoleKeepsHerPayWhenTheEstimateForMoreExperienceFalls()
    {
        // A market whose estimate falls by 20 € a year of experience: 2 100 − 20 × 4 = 2 020 € at 4 years, then 2 000,
        // 1 980. An employer cannot cut an employee's pay without her consent (Code civil art. 1193; Cass. soc.
        // 28 janvier 1998, n° 95-40.275), so staying put she keeps 2 020 € the three years.
        var market = new MarketPayOf(p => 2100m - 20m * p.ExperienceYears);

        var stay = Stay(WithStubs(market, new FixedTransitions()).Paths(Query(CareerRole.Secretary, 4, 3)));

        Assert.Equal([2020m, 2020m, 2020m], stay.Steps.Select(s => s.MonthlyGross));
        Assert.Equal(2020m * 36, stay.CumulativeGross);
    }

    [Fact]
    public void AFreelancesTurnoverMayFallWithTheMarket()
    {
        // No employer to hold a freelance's turnover: it follows the market (× the role's factor) down as well as up.
        var market = new MarketPayOf(p => 2100m - 20m * p.ExperienceYears);
        var factor = Catalog.Role(CareerRole.TelesecretaryFreelance).PayFactor!.Value;

        var stay = Stay(WithStubs(market, new FixedTransitions()).Paths(Query(CareerRole.TelesecretaryFreelance, 4, 2)));

        Assert.Equal([Math.Round(2020m * factor, 2), Math.Round(2000m * factor, 2)], stay.Steps.Select(s => s.MonthlyGross));
    }

    [Fact]
    public void AMovesProbabilityIsItsChanceInTheYearsItIsOpen()
    {
        // 10 % a year to become a trainer; 5-year horizon; eligible at once; made a year after it is decided (delay_years 1),
        // then AFPA 9 months, which must end in the horizon: decisions in years 1–4 (month 36 + 12 + 9 = 57 < 60; month 48
        // would pay at 69): 4 chances.
        var transitions = new FixedTransitions((CareerRole.Secretary, new TransitionTarget(CareerRole.Trainer), 0.10));
        var service = WithStubs(new FixedMarketPay(2000m), transitions);

        var result = service.Paths(Query(CareerRole.Secretary, 5, 5));

        // Two routes lead to trainer? Only the AFPA one: it holds the whole 10 %.
        Assert.Equal(1.0, Catalog.ShareOfTarget(Catalog.Moves.Single(m => m.Code == "secretary-to-trainer")));
        Assert.Equal(Math.Round(1m - 0.9m * 0.9m * 0.9m * 0.9m, 4), PathWith(result, "secretary-to-trainer").Probability);
        // Staying put: 90 % a year for 5 years.
        Assert.Equal(Math.Round(0.9m * 0.9m * 0.9m * 0.9m * 0.9m, 4), Stay(result).Probability);
    }

    [Fact]
    public void CompetingMovesAndStayingPutAddUpToOne()
    {
        // 10 % a year to télésecrétariat, 10 % to AAH-C1 (no condition, no delay, no training), 80 % staying, 2 years.
        // Each move: 0.1 the first year + 0.8 × 0.1 the second = 0.18 (not 1 − 0.9² = 0.19, which counts those gone by
        // the other); staying: 0.8² = 0.64; 0.18 + 0.18 + 0.64 = 1.
        var transitions = new FixedTransitions(
            (CareerRole.Secretary, new TransitionTarget(CareerRole.Telesecretary), 0.1),
            (CareerRole.Secretary, new TransitionTarget(CareerRole.AahC1), 0.1));

        var result = WithStubs(new FixedMarketPay(2000m), transitions).Paths(Query(CareerRole.Secretary, 5, 2));

        Assert.Equal(0.18m, PathWith(result, "secretary-to-telesecretary").Probability);
        Assert.Equal(0.18m, PathWith(result, "secretary-to-aah-c1").Probability);
        Assert.Equal(0.64m, Stay(result).Probability);
        Assert.Equal(1m, result.Paths.Where(p => p.Moves.Count <= 1).Sum(p => p.Probability));
    }

    [Fact]
    public void RoutesToOneRoleShareItsProbabilityByTheirPriors()
    {
        var transitions = new FixedTransitions((CareerRole.Secretary, new TransitionTarget(CareerRole.AmaCn), 0.5));
        var service = WithStubs(new FixedMarketPay(2000m), transitions);

        var result = service.Paths(Query(CareerRole.Secretary, 5, 2));

        // Concours 0.012, SAMA then concours 0.002, VAE then concours 0.001 (careers.csv): the direct concours holds 80 %.
        // Year 1: 0.5 × 0.8 = 0.4. A concours passed in year 2 is taken up a year later (delay_years 1), at month 24, past
        // the 2-year horizon: that year does not count. Together 0.4.
        Assert.Equal(0.4m, PathWith(result, "secretary-concours-ama").Probability);
    }

    [Fact]
    public void PathsAreRankedByExpectedCumulativeNet()
    {
        var transitions = new FixedTransitions((CareerRole.Secretary, new TransitionTarget(CareerRole.ClinicManager), 0.2));
        var result = WithStubs(new FixedMarketPay(2000m), transitions).Paths(Query(CareerRole.Secretary, 5, 10));
        var stay = Stay(result);

        Assert.Equal(result.Paths.OrderByDescending(p => p.ExpectedCumulativeNet).Select(p => p.ExpectedCumulativeNet), result.Paths.Select(p => p.ExpectedCumulativeNet));
        Assert.All(result.Paths.Where(p => p.Moves.Count > 0), p =>
            Assert.Equal(Math.Round(p.Probability * p.CumulativeNet + (1 - p.Probability) * stay.CumulativeNet, 2), p.ExpectedCumulativeNet));
        Assert.Equal(stay.CumulativeNet, stay.ExpectedCumulativeNet);
    }

    [Fact]
    public void AMoveThatWouldOnlyPayAfterTheHorizonIsLeftOut()
    {
        // Trainer needs 5 years: from 0 years and a 5-year horizon it would start in year 6.
        var result = WithStubs(new FixedMarketPay(2000m), new FixedTransitions()).Paths(Query(CareerRole.Secretary, 0, 5));

        Assert.DoesNotContain(result.Paths, p => p.Moves.Contains("secretary-to-trainer"));
        Assert.Contains(result.Paths, p => p.Moves.Contains("secretary-to-telesecretary"));
    }

    [Fact]
    public void ChainsOfPublicMovesFollowAConcours()
    {
        var result = WithStubs(new FixedMarketPay(2000m), new FixedTransitions()).Paths(Query(CareerRole.Secretary, 0, 10));

        var chain = PathWith(result, "secretary-concours-ama", "ama-cn-to-cs");

        // Concours after 1 year, AMA-CN for 3 years, then AMA-CS.
        Assert.Equal("AMA-CN", chain.Steps[1].Role);
        Assert.Equal("AMA-CS", chain.Steps[4].Role);
        Assert.Equal("secretary → AMA-CN → AMA-CS", chain.Name.Split(" : ")[0]);
    }

    [Fact]
    public void ASecretaryDoesNotSpecialiseInHerOwnSpecialty()
    {
        var result = WithStubs(new FixedMarketPay(2000m), new FixedTransitions()).Paths(Query(CareerRole.Secretary, 3, 3, Specialty.Surgery));

        Assert.DoesNotContain(result.Paths, p => p.Moves.Contains("secretary-specialise-surgery"));
        Assert.Contains(result.Paths, p => p.Moves.Contains("secretary-specialise-cardiology") && p.Steps[^1].Specialty == "cardiology");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(41, 0)]
    [InlineData(5, -1)]
    [InlineData(5, 51)]
    public void HorizonAndExperienceAreBounded(int years, int experience) =>
        Assert.Throws<MedSecInputException>(() => PathService.Paths(Query(CareerRole.Secretary, experience, years)));

    [Fact]
    public void APlanPastAFullCareerSaysSo()
    {
        // 45 years of experience and a 40-year horizon: 85 years of work, past the 43 years (172 trimestres) of a full
        // career (code de la sécurité sociale art. L161-17-3); 3 + 40 = 43 is not past it.
        var service = WithStubs(new FixedMarketPay(2000m), new FixedTransitions());

        var long_ = service.Paths(Query(CareerRole.Secretary, 45, 40));
        var full = service.Paths(Query(CareerRole.Secretary, 3, 40));

        Assert.Contains(long_.Warnings, w => w.Contains("85 ans de travail") && w.Contains("carrière complète (43 ans"));
        Assert.DoesNotContain(full.Warnings, w => w.Contains("carrière complète"));
    }

    [Fact]
    public void TheResultSaysWhereItsFiguresComeFrom()
    {
        var result = PathService.Paths(Query(CareerRole.Secretary, 4, 5) with { });

        Assert.Equal(PathService.TransitionReport.Summary, result.TransitionModel);
        Assert.Equal(PathService.MarketPay.Name, result.MarketPay);
        Assert.Contains(result.Warnings, w => w.Contains("synthétiques"));
        Assert.IsType<EstimatorMarketPay>(PathService.MarketPay);
        Assert.False(PathService.MarketPay.IsProvisional);
        Assert.All(PathService.MarketPay.Caveats, c => Assert.Contains(c, result.Warnings));
    }
}
