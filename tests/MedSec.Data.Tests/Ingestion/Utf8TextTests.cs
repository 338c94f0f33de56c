using System.Text;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

public class Utf8TextTests
{
    [Theory]
    [InlineData("2100", "2100")]
    [InlineData("2100,50", "2100.50")]
    [InlineData("2100.50", "2100.50")]
    [InlineData(" 2 100,50 € ", "2100.50")]
    [InlineData("2\u00A0100,50", "2100.50")]
    [InlineData("2\u202F100,5", "2100.5")]
    [InlineData("2.100,50", "2100.50")]
    [InlineData("2,100.50", "2100.50")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1 234 567,891", "1234567.891")]
    [InlineData("1'234.5", "1234.5")]
    [InlineData("-3,5", "-3.5")]
    [InlineData("+7", "7")]
    [InlineData(",5", "0.5")]
    [InlineData("1,234", "1.234")]
    [InlineData("2100 EUR", "2100")]
    [InlineData("0000000000000000000000012.5", "12.5")]
    [InlineData("12345678901234567890123", "12345678901234567890123")]
    public void AmountsParse(string text, string expected)
    {
        Assert.True(Utf8Text.TryParseDecimal(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("€")]
    [InlineData("-")]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("1,2,3")]
    [InlineData("12.34.5")]
    [InlineData("1.5,3")]
    [InlineData("1 23,5")]
    [InlineData("2,100,50")]
    [InlineData("1e5")]
    public void NonAmountsDoNotParse(string text) => Assert.False(Utf8Text.TryParseDecimal(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("2025-03-15", 2025, 3, 15)]
    [InlineData("15/03/2025", 2025, 3, 15)]
    [InlineData("5/3/2025", 2025, 3, 5)]
    [InlineData("15-03-2025", 2025, 3, 15)]
    [InlineData("15.03.2025", 2025, 3, 15)]
    [InlineData("2025/03/15", 2025, 3, 15)]
    [InlineData("15/03/2025 00:00", 2025, 3, 15)]
    [InlineData("2025-03-15T10:20:00Z", 2025, 3, 15)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    public void DatesParse(string text, int year, int month, int day)
    {
        Assert.True(Utf8Text.TryParseDate(Encoding.UTF8.GetBytes(text), out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("29/02/2025")]
    [InlineData("2025-13-01")]
    [InlineData("00/01/2025")]
    [InlineData("15/03/25")]
    [InlineData("15/03-2025")]
    [InlineData("mars 2025")]
    [InlineData("20250315")]
    public void NonDatesDoNotParse(string text) => Assert.False(Utf8Text.TryParseDate(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void TrimRemovesSpacesAndNoBreakSpaces() =>
        Assert.Equal("a b"u8.ToArray(), Utf8Text.Trim(Encoding.UTF8.GetBytes("\u00A0 \ta b\u202F ")).ToArray());

    [Theory]
    [InlineData("Type d'employeur", "typedemployeur")]
    [InlineData("Télésecrétariat", "telesecretariat")]
    [InlineData("ÉCHELON", "echelon")]
    [InlineData("250+", "250")]
    [InlineData("Cœur", "coeur")]
    public void TextKeysIgnoreCaseAccentsAndPunctuation(string text, string key) => Assert.Equal(key, TextKey.Of(text));
}
