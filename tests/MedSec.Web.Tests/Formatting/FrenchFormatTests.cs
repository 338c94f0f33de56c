using FsCheck.Xunit;
using MedSec.Web.Formatting;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Formatting;

public sealed class FrenchFormatTests
{
    [Theory]
    [InlineData(2500.77, "2 500,77 €")]
    [InlineData(0, "0,00 €")]
    [InlineData(1234567.5, "1 234 567,50 €")]
    [InlineData(-12.3, "-12,30 €")]
    public void EurosAreWrittenTheFrenchWay(decimal amount, string expected) =>
        Assert.Equal(expected, Text.Normalize(FrenchFormat.Euros(amount)));

    [Fact]
    public void DatesAreDayMonthYear() => Assert.Equal("01/06/2024", FrenchFormat.Date(new DateOnly(2024, 6, 1)));

    [Property(MaxTest = 500)]
    public bool EurosReadBackAsTheAmountRoundedToTheCent(decimal amount)
    {
        var text = FrenchFormat.Euros(amount);
        var number = text[..^2]; // drop the no-break space and the euro sign
        return text.EndsWith("\u00a0€", StringComparison.Ordinal)
            && decimal.Parse(number, FrenchFormat.Culture) == Math.Round(amount, 2, MidpointRounding.AwayFromZero);
    }
}
