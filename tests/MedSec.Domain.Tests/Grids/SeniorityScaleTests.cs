using MedSec.Domain.Grids;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Grids;

public class SeniorityScaleTests
{
    [Fact]
    public void AGridOfFourStepsStartsAtZeroTwoFiveAndTenYears() =>
        Assert.Equal([0, 2, 5, 10], SeniorityScale.Steps(4));

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void StepsOutsideOneToNineAreRefused(int steps) =>
        Assert.Throws<MedSecInputException>(() => SeniorityScale.Steps(steps));

    [Theory]
    [InlineData("2021-03-15", "2026-03-14", 4)]
    [InlineData("2021-03-15", "2026-03-15", 5)]
    [InlineData("2020-02-29", "2026-02-28", 6)]
    [InlineData("2027-01-01", "2026-03-15", 0)]
    public void SeniorityIsCountedInCompletedYears(string hired, string date, int years) =>
        Assert.Equal(years, SeniorityScale.CompletedYears(D(hired), D(date)));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(4, 2)]
    [InlineData(9, 5)]
    [InlineData(30, 10)]
    public void AnEmployeeIsOnTheHighestStepReached(int years, int step) =>
        Assert.Equal(step, SeniorityScale.StepOf([0, 2, 5, 10], years));
}
