using MedSec.Domain.Codes;

namespace MedSec.Domain.Tests.Codes;

public sealed class CodeBookTests
{
    [Theory]
    [InlineData("La Réunion", "à La Réunion")]
    [InlineData("Mayotte", "à Mayotte")]
    [InlineData("Guadeloupe", "en Guadeloupe")]
    [InlineData("Bretagne", "en Bretagne")]
    [InlineData("Île-de-France", "en Île-de-France")]
    [InlineData("Provence-Alpes-Côte d'Azur", "en Provence-Alpes-Côte d'Azur")]
    public void ARegionTakesItsFrenchPreposition(string name, string expected)
    {
        var code = CodeBook.RegionNames.Single(r => r.Value == name).Key;

        Assert.Equal(expected, CodeBook.InRegion(code));
    }
}
