using MedSec.Domain.Observations;

namespace MedSec.Domain.Tests.Observations;

public sealed class ObservationCodesTests
{
    [Theory]
    [InlineData(ObservationFlags.None, "none")]
    [InlineData(ObservationFlags.BelowFloor, "below-floor")]
    [InlineData(ObservationFlags.Absurd, "absurd")]
    [InlineData(ObservationFlags.BelowFloor | ObservationFlags.Absurd, "below-floor,absurd")]
    public void FlagsWriteAsTheirCodesJoinedAndReadBack(ObservationFlags flags, string code)
    {
        Assert.Equal(code, ObservationCodes.FlagsCode(flags));
        Assert.True(ObservationCodes.TryParseFlags(code, out var read));
        Assert.Equal(flags, read);
    }

    [Theory]
    [InlineData("absurd, below-floor", ObservationFlags.BelowFloor | ObservationFlags.Absurd)]
    [InlineData("ABSURD", ObservationFlags.Absurd)]
    public void FlagsReadInAnyOrderAndCase(string code, ObservationFlags expected)
    {
        Assert.True(ObservationCodes.TryParseFlags(code, out var read));
        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("absurd,")]
    [InlineData("none,absurd")]
    [InlineData("typo")]
    public void AnythingElseIsNotFlags(string code) => Assert.False(ObservationCodes.TryParseFlags(code, out _));
}
