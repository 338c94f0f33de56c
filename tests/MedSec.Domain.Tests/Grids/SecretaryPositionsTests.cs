using MedSec.Domain.Codes;
using MedSec.Domain.Grids;
using MedSec.Domain.Reference;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Grids;

public class SecretaryPositionsTests
{
    private static readonly ReferenceData Data = Research().Build();

    [Fact]
    public void Idcc1147OffersPositionnementsFiveToNine()
    {
        var positions = SecretaryPositions.At(Data, Agreement.Idcc1147, D("2026-03-01"));

        Assert.Equal(["5", "6", "7", "8", "9"], positions.Select(p => p.Level));
        Assert.Equal("Positionnement 5", positions[0].Label);
    }

    [Fact]
    public void APositionWithoutAMinimumAtTheDateIsNotOffered() =>
        Assert.Throws<MedSecInputException>(() => SecretaryPositions.At(Data, Agreement.Idcc1147, D("2019-06-30")));

    [Theory]
    [InlineData(3, new[] { "5", "7", "9" })]
    [InlineData(5, new[] { "5", "6", "7", "8", "9" })]
    [InlineData(1, new[] { "5" })]
    [InlineData(2, new[] { "5", "9" })]
    public void LevelsAreSpreadOverThePositionsFromLowestToHighest(int levels, string[] expected)
    {
        var positions = SecretaryPositions.At(Data, Agreement.Idcc1147, D("2026-03-01"));

        Assert.Equal(expected, SecretaryPositions.Spread(positions, levels).Select(p => p.Level));
    }

    [Fact]
    public void MoreLevelsThanPositionsShareNeighbouringPositions()
    {
        AgreementPosition[] positions = [new("140", "a"), new("150", "b"), new("160", "c"), new("170", "d")];

        Assert.Equal(["140", "150", "160", "160", "170"], SecretaryPositions.Spread(positions, 5).Select(p => p.Level));
    }
}
