using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Tests.Careers;

/// <summary>Positions in the grids of RESEARCH.md §1.2 (2024-01-01): AMA-CN échelons 1–4 last 12 months, 5–7 24, 8–11 36, 12 48.</summary>
public class GradePositionTests
{
    private static readonly ReferenceData Data = ReferenceBuilder.Research().Build();
    private static readonly DateOnly Date = new(2026, 1, 1);

    private static IReadOnlyList<GridStep> Grid(GradeCode grade) => GradePosition.GridAt(Data, grade, Date);

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(11, 1, 11)]
    [InlineData(12, 2, 0)]
    [InlineData(36, 4, 0)]
    [InlineData(48, 5, 0)]
    [InlineData(60, 5, 12)]
    [InlineData(72, 6, 0)]
    public void AfterMonthsInTheGradeTheAgentIsAtTheGridsEchelon(int months, int echelon, int monthsIn) =>
        Assert.Equal(new GradePosition(echelon, monthsIn), GradePosition.After(Grid(GradeCode.AmaCn), months));

    [Fact]
    public void TheLastEchelonKeepsTheAgent()
    {
        // 12×4 + 24×3 + 36×4 + 48 = 312 months to reach échelon 13.
        Assert.Equal(new GradePosition(13, 0), GradePosition.After(Grid(GradeCode.AmaCn), 312));
        Assert.Equal(13, GradePosition.After(Grid(GradeCode.AmaCn), 600).Echelon);
    }

    [Theory]
    [InlineData(376, 1)] // AMA-CN échelon 4 (IM 376) → AMA-CS échelon 1 (IM 376).
    [InlineData(386, 4)] // AMA-CN échelon 6 (IM 386) → AMA-CS échelon 4 (IM 395), the index immediately above.
    [InlineData(508, 11)] // AMA-CN échelon 13 (IM 508) → AMA-CS échelon 11 (IM 509).
    [InlineData(600, 12)] // Above every index: the last échelon.
    public void PromotionReclassesAtTheEqualOrNextHigherIndex(int index, int echelon) =>
        Assert.Equal(echelon, GradePosition.Reclassement(Grid(GradeCode.AmaCs), index));

    [Fact]
    public void TheGridInForceIsTheNewestVersion()
    {
        Assert.Equal(373, Grid(GradeCode.AmaCn)[0].IndexPoints);
        Assert.Equal(368, GradePosition.GridAt(Data, GradeCode.AmaCn, new DateOnly(2023, 9, 1))[0].IndexPoints);
    }
}
