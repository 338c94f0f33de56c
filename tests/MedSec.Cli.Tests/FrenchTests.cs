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
}
