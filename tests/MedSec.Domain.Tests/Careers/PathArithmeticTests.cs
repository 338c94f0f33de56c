using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Domain.Careers;

namespace MedSec.Domain.Tests.Careers;

public class PathArithmeticTests
{
    private static readonly DateOnly Start = new(2027, 1, 1);

    private static MonthPay Month(decimal gross, decimal net, bool training = false, string role = "secretary") =>
        new(role, null, gross, net, training);

    [Fact]
    public void AStepAveragesItsTwelveMonthsToTheCent()
    {
        // 9 months at 2 000.00 then 3 training months at 0: 18 000 / 12 = 1 500.00; net 9 × 1 583.33 / 12 = 1 187.4975 → 1 187.50.
        var months = Enumerable.Repeat(Month(2000m, 1583.33m), 9).Concat(Enumerable.Repeat(Month(0m, 0m, training: true, role: "trainer"), 3)).ToList();

        var step = Assert.Single(PathArithmetic.YearlySteps(months, Start));

        Assert.Equal(1, step.Year);
        Assert.Equal(Start, step.Start);
        Assert.Equal(1500.00m, step.MonthlyGross);
        Assert.Equal(1187.50m, step.MonthlyNet);
        Assert.Equal(3, step.TrainingMonths);
        Assert.Equal("trainer", step.Role);
    }

    [Fact]
    public void StepsStartAYearApart()
    {
        var steps = PathArithmetic.YearlySteps(Enumerable.Repeat(Month(1m, 1m), 36).ToList(), Start);

        Assert.Equal([Start, Start.AddYears(1), Start.AddYears(2)], steps.Select(s => s.Start));
        Assert.Equal([1, 2, 3], steps.Select(s => s.Year));
    }

    [Fact]
    public void APartialYearIsRefused() =>
        Assert.Throws<ArgumentException>(() => PathArithmetic.YearlySteps(Enumerable.Repeat(Month(1m, 1m), 13).ToList(), Start));

    private static readonly Gen<MonthPay> Months =
        from cents in Gen.Choose(0, 800_000)
        from netShare in Gen.Choose(50, 100)
        from training in Gen.Elements(true, false)
        let gross = cents / 100m
        select Month(gross, Math.Round(gross * netShare / 100m, 2), training);

    [Property]
    public Property CumulativeFiguresAreTheSumOfTheirYearlySteps() =>
        Prop.ForAll(
            (from years in Gen.Choose(1, 15)
             from months in Gen.ArrayOf(Months, years * 12)
             select months).ToArbitrary(),
            months =>
            {
                var steps = PathArithmetic.YearlySteps(months, Start);
                return PathArithmetic.CumulativeGross(steps) == steps.Sum(s => s.MonthlyGross * 12)
                    && PathArithmetic.CumulativeNet(steps) == steps.Sum(s => s.MonthlyNet * 12)
                    && steps.Count * 12 == months.Length
                    && steps.Sum(s => s.TrainingMonths) == months.Count(m => m.Training)
                    // Rounding each year to the cent moves the total by at most half a cent a month.
                    && Math.Abs(PathArithmetic.CumulativeGross(steps) - months.Sum(m => m.Gross)) <= 0.06m * steps.Count;
            });

    [Property]
    public Property AtLeastOnceIsAProbabilityThatGrowsWithEveryChance() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 1000).Select(p => p / 1000.0)).ToArbitrary(),
            chances =>
            {
                var once = PathArithmetic.AtLeastOnce(chances);
                var more = PathArithmetic.AtLeastOnce(chances.Append(0.1));
                return once is >= 0.0 and <= 1.0
                    && more >= once
                    && Math.Abs(once + PathArithmetic.Never(chances) - 1.0) < 1e-12
                    && once >= chances.DefaultIfEmpty(0.0).Max() - 1e-12;
            });

    [Fact]
    public void AtLeastOnceOfTwoYearsAtTenPercent() =>
        Assert.Equal(0.19, PathArithmetic.AtLeastOnce([0.1, 0.1]), 12);

    [Fact]
    public void AFirstMoveCountsOnlyTheYearsStillInTheRole()
    {
        // 10 % a year, 80 % a year of staying (another move takes the other 10 %): 0.1 + 0.8 × 0.1 + 0.8² × 0.1 = 0.244.
        Assert.Equal(0.244, PathArithmetic.FirstMove([(0.1, 0.8), (0.1, 0.8), (0.1, 0.8)]), 12);
        // Not open in the first year, which someone may still leave by another move: 0 + 0.8 × 0.1 = 0.08.
        Assert.Equal(0.08, PathArithmetic.FirstMove([(0.0, 0.8), (0.1, 0.8)]), 12);
    }

    [Property]
    public Property FirstMovesAndStayingPutAddUpToOne() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 500).Select(p => p / 1000.0).Two()).ToArbitrary(),
            years =>
            {
                // Two competing moves of yearly chances a and b, staying put 1 − a − b.
                var a = PathArithmetic.FirstMove(years.Select(y => (y.Item1, 1.0 - y.Item1 - y.Item2)));
                var b = PathArithmetic.FirstMove(years.Select(y => (y.Item2, 1.0 - y.Item1 - y.Item2)));
                var stay = years.Aggregate(1.0, (s, y) => s * (1.0 - y.Item1 - y.Item2));
                return Math.Abs(a + b + stay - 1.0) < 1e-9;
            });

    [Fact]
    public void ExpectedWeighsThePathAgainstTheFallback() =>
        Assert.Equal(130_000.00m, PathArithmetic.Expected(0.25m, 200_000m, 106_666.67m));

    [Fact]
    public void ProbabilitiesAreShownWithFourDecimals()
    {
        Assert.Equal(0.1235m, PathArithmetic.Probability(0.12345));
        Assert.Equal(1m, PathArithmetic.Probability(1.2));
        Assert.Equal(0m, PathArithmetic.Probability(-0.1));
    }
}
