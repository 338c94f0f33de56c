using MedSec.Domain.Grids;
using static MedSec.Domain.Tests.Grids.GridBuilders;

namespace MedSec.Domain.Tests.Grids;

public class GridLevelMatcherTests
{
    private static readonly AgreementPosition[] Idcc1147 =
        [new("5", "Positionnement 5"), new("6", "Positionnement 6"), new("7", "Positionnement 7"), new("8", "Positionnement 8"), new("9", "Positionnement 9")];

    private static readonly IReadOnlyList<GridLevel> ThreeLevels = Grid(3, [0, 2], positions: ["5", "7", "9"]);

    [Theory]
    [InlineData("7", 2)]
    [InlineData(" Positionnement 7 ", 2)]
    [InlineData("07", 2)]
    [InlineData("6", 1)]
    [InlineData("8", 2)]
    [InlineData("12", 3)]
    [InlineData("4", 1)]
    public void WithAnAgreementThePayrollLevelIsThePosition(string payroll, int level) =>
        Assert.Equal(level, GridLevelMatcher.Match(ThreeLevels, payroll, Idcc1147)?.Level);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cadre")]
    public void AnUnknownOrMissingLevelIsNotMatched(string? payroll) =>
        Assert.Null(GridLevelMatcher.Match(ThreeLevels, payroll, Idcc1147));

    [Theory]
    [InlineData("2", 2)]
    [InlineData("Niveau 3", 3)]
    [InlineData("niveau 1", 1)]
    [InlineData("4", null)]
    public void WithoutAgreementThePayrollLevelIsTheGridLevel(string payroll, int? level) =>
        Assert.Equal(level, GridLevelMatcher.Match(Grid(3, [0]), payroll, null)?.Level);

    [Theory]
    [InlineData("N6", 1)]
    [InlineData("Niveau 6", 1)]
    [InlineData("niv. 06", 1)]
    [InlineData("2", 2)]
    [InlineData("Niveau 3", 3)]
    [InlineData("N9", null)]
    [InlineData("7", null)]
    public void WhenEveryLevelHoldsTheOnePositionThePayrollNamesTheGridsOwnLevels(string payroll, int? level)
    {
        // IDCC 2264 since avenant n° 33: the secrétaire médicale is niveau 6, and a designed grid puts all its levels there.
        var grid = Grid(3, [0, 2], positions: ["N6", "N6", "N6"]);

        Assert.Equal(level, GridLevelMatcher.Match(grid, payroll, [new AgreementPosition("N6", "Niveau 6 (secrétaire médicale)")])?.Level);
    }

    [Fact]
    public void NiveauSixIsPositionN6EvenWhereTheGridHasASixthLevel()
    {
        // An HR file writes the agreement's level as "Niveau 6"; it is the position N6, not the grid's sixth level.
        var grid = Grid(6, [0], positions: ["N6", "N6", "N6", "N6", "N6", "N6"]);
        AgreementPosition[] idcc2264 = [new("N6", "Niveau 6 (secrétaire médicale)")];

        Assert.Equal(1, GridLevelMatcher.Match(grid, "Niveau 6", idcc2264)?.Level);
        Assert.Equal(GridLevelMatcher.Match(grid, "N6", idcc2264), GridLevelMatcher.Match(grid, "Niveau 6", idcc2264));
        Assert.Equal(5, GridLevelMatcher.Match(grid, "5", idcc2264)?.Level);
    }

    [Theory]
    [InlineData("Positionnement 8", "8")]
    [InlineData("08", "8")]
    [InlineData("5", "5")]
    [InlineData("12", null)]
    [InlineData("cadre", null)]
    [InlineData(null, null)]
    public void ThePositionIsTheClassificationsOwnLevelTheTextNames(string? payroll, string? position) =>
        Assert.Equal(position, GridLevelMatcher.Position(payroll, Idcc1147)?.Level);
}
