using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using MedSec.Analytics.Careers;
using MedSec.Analytics.Pay;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Analytics.Tests.Careers.CareerTestServices;

namespace MedSec.Analytics.Tests.Careers;

/// <summary>Invariants of every path over generated questions, with the bundled data and the transition model in use.</summary>
public class CareerPathPropertyTests
{
    private static readonly Gen<PathsQuery> Queries =
        from role in Gen.Elements(Enum.GetValues<CareerRole>())
        from region in Gen.Elements(CodeBook.RegionNames.Keys.ToArray())
        from specialty in Gen.Elements(Enum.GetValues<Specialty>())
        from experience in Gen.Choose(0, 35)
        from years in Gen.Choose(1, 15)
        from days in Gen.Choose(0, 6 * 365)
        select new PathsQuery(new Region(region), experience, role, specialty, years, D("2024-01-01").AddDays(days));

    [Property(MaxTest = 30)]
    public Property CumulativeFiguresAreTheSumOfTheirYearlySteps() =>
        Prop.ForAll(Queries.ToArbitrary(), query =>
            PathService.Paths(query).Paths.All(p =>
                p.Steps.Count == query.Years
                && p.CumulativeGross == p.Steps.Sum(s => s.MonthlyGross * 12)
                && p.CumulativeNet == p.Steps.Sum(s => s.MonthlyNet * 12)
                && p.TrainingMonths == p.Steps.Sum(s => s.TrainingMonths)
                && p.IncomeLostToTraining >= 0m
                && p.CumulativeNet <= p.CumulativeGross
                && p.Probability is >= 0m and <= 1m));

    [Property(MaxTest = 30)]
    public Property AnEmployeeIsNeverPaidUnderTheSmicOfTheYear() =>
        Prop.ForAll(Queries.ToArbitrary(), query =>
            PathService.Paths(query).Paths.SelectMany(p => p.Steps)
                // Training years may pay nothing; a freelance's turnover has no floor (Code du travail art. L3231-1 binds employers).
                .Where(s => s.TrainingMonths == 0 && s.Role != CareerRoles.Code(CareerRole.TelesecretaryFreelance))
                .All(s => s.MonthlyGross >= Math.Round(
                    Enumerable.Range(0, 12).Sum(m => Services.Pay.SmicMonthly(s.Start.AddMonths(m), SmicTerritories.Of(query.Region))) / 12m, 2, MidpointRounding.AwayFromZero)));

    [Property(MaxTest = 30)]
    public Property StayingPutAndTheFirstMovesAreExclusive() =>
        Prop.ForAll(Queries.ToArbitrary(), query =>
        {
            // Each of at most 20 probabilities is rounded to 4 decimals: half of 0.0001 each at most.
            var exclusive = PathService.Paths(query).Paths.Where(p => p.Moves.Count <= 1).ToList();
            return exclusive.Sum(p => p.Probability) <= 1m + 0.00005m * exclusive.Count;
        });

    [Property(MaxTest = 30)]
    public Property EveryPathStartsFromTheAskedRoleAndIsRanked() =>
        Prop.ForAll(Queries.ToArbitrary(), query =>
        {
            var result = PathService.Paths(query);
            var ranked = result.Paths.Select(p => p.ExpectedCumulativeNet).ToList();
            return result.Paths.Count(p => p.Moves.Count == 0) == 1
                && result.Paths.All(p => p.Moves.Count == 0 || Catalog.Moves.Single(m => m.Code == p.Moves[0]).From == query.Role)
                && ranked.SequenceEqual(ranked.OrderByDescending(v => v));
        });

    [Property(MaxTest = 30)]
    public Property AnEmployeeStayingPutInAMarketRoleIsNeverPaidLessThanTheYearBefore() =>
        Prop.ForAll(Queries.ToArbitrary(), query =>
        {
            // An employer cannot cut pay without the employee's consent (Code civil art. 1193), whatever the estimator says
            // of one more year of experience; a freelance's turnover has no employer to hold it.
            var basis = Catalog.Role(query.Role).PayBasis;
            if (basis is not (PayBasis.MarketPrivate or PayBasis.MarketRemote)) return true;
            var steps = PathService.Paths(query).Paths.Single(p => p.Moves.Count == 0).Steps;
            return steps.Zip(steps.Skip(1)).All(pair => pair.Second.MonthlyGross >= pair.First.MonthlyGross);
        });

    [Property(MaxTest = 25)]
    public Property ANewPublicAgentStayingPutIsPaidTheCareerTimelinesEchelonEachMonth() =>
        Prop.ForAll(
            (from grade in Gen.Elements(Enum.GetValues<GradeCode>())
             from years in Gen.Choose(1, 20)
             from days in Gen.Choose(0, 6 * 365)
             select (grade, years, start: D("2024-01-01").AddDays(days))).ToArbitrary(),
            x =>
            {
                var role = Enum.GetValues<CareerRole>().Single(r => CareerRoles.Grade(r) == x.grade);
                var stay = PathService.Paths(new PathsQuery(Auvergne, 0, role, Specialty.General, x.years, x.start)).Paths.Single(p => p.Moves.Count == 0);
                var timeline = Services.Pay.PublicCareer(new PublicCareerQuery(x.grade, x.start, x.years)).Steps;
                // Each month is paid the échelon the timeline has reached, at that month's figures (SMIC rises included).
                decimal Paid(DateOnly month) =>
                    Services.Pay.PublicPay(new PublicPayQuery(x.grade, timeline.Last(t => t.Date <= month).Echelon, month)).TotalMonthlyGross;
                return stay.Steps.All(s =>
                    s.MonthlyGross == Math.Round(Enumerable.Range(0, 12).Sum(m => Paid(s.Start.AddMonths(m))) / 12m, 2, MidpointRounding.AwayFromZero));
            });
}
