using MedSec.Cli.Output;

namespace MedSec.Cli.Tests;

/// <summary>fr-FR formatting of the tables.</summary>
public sealed class FrenchTests
{
    private static readonly string Group = French.Culture.NumberFormat.NumberGroupSeparator;

    [Fact]
    public void MoneyHasSpacedThousandsADecimalCommaAndTheEuroSignAfter() =>
        Assert.Equal($"2{Group}500,77\u00A0€", French.Money(2500.77m));

    [Fact]
    public void PercentUsesADecimalComma() => Assert.Equal("20,84\u00A0%", French.Percent(0.2084m));

    [Fact]
    public void DatesAreDayMonthYear() => Assert.Equal("01/06/2024", French.Date(new DateOnly(2024, 6, 1)));

    [Theory]
    [InlineData(0, "0 observation")]
    [InlineData(1, "1 observation")]
    [InlineData(2, "2 observations")]
    [InlineData(12345, "12\u202F345 observations")]
    public void CountsAreSingularBelowTwoAsInFrench(int n, string expected) =>
        Assert.Equal(expected.Replace("\u202F", Group), French.Count(n, "observation"));

    [Theory]
    [InlineData("0", "0 an")]
    [InlineData("1,5", "1,5 an")]
    [InlineData("2", "2 ans")]
    public void YearsAreSingularBelowTwo(string years, string expected) =>
        Assert.Equal(expected, French.Years(decimal.Parse(years, French.Culture)));

    [Theory]
    [InlineData("Adjoint administratif hospitalier", "d'adjoint administratif hospitalier")]
    [InlineData("Élève", "d'élève")]
    [InlineData("Secrétaire médicale", "de secrétaire médicale")]
    [InlineData("Hôpital", "de hôpital")]
    public void OfElidesBeforeAVowelAndLowersTheCapital(string noun, string expected) =>
        Assert.Equal(expected, French.Of(noun));
}
