using MedSec.Web.Components.Grid;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Grid;

public sealed class GridLabelsTests
{
    [Theory]
    // French typography writes a negative number with the minus sign U+2212, as the comparison's effects do ("−120 €"),
    // not the hyphen; a gap that rounds to zero has no sign at all.
    [InlineData("6.04", "6,0 %")]
    [InlineData("-2.63", "\u22122,6 %")]
    [InlineData("-0.04", "0,0 %")]
    [InlineData("0", "0,0 %")]
    public void AGapIsWrittenInFrenchWithATrueMinusSign(string gap, string expected) =>
        Assert.Equal(expected, Text.Normalize(GridLabels.Gap(decimal.Parse(gap, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void AMissingGapIsADash() => Assert.Equal("—", GridLabels.Gap(null));
}
