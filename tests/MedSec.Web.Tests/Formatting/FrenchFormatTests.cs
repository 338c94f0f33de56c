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

    [Theory]
    [InlineData("Minimum de la convention 2264 (niveau N6) inchangé depuis le 2024-01-01.", "Minimum de la convention 2264 (niveau N6) inchangé depuis le 01/01/2024.")]
    [InlineData("900,00 € par mois à temps plein, sous le SMIC en vigueur au 2024-03-18 (1766,92 €).",
        "900,00 € par mois à temps plein, sous le SMIC en vigueur au 18/03/2024 (1 766,92 €).")]
    [InlineData("Montant de 12345678,90 € au-dessus du plafond.", "Montant de 12 345 678,90 € au-dessus du plafond.")]
    // What a rejection quotes from the file stays as the file wrote it, apostrophes of the sentence notwithstanding.
    [InlineData("'2024-13-01' n'est pas une date (aaaa-mm-jj ou jj/mm/aaaa).", "'2024-13-01' n'est pas une date (aaaa-mm-jj ou jj/mm/aaaa).")]
    [InlineData("Type d'employeur '1766,92 € du 2024-01-01' inconnu.", "Type d'employeur '1766,92 € du 2024-01-01' inconnu.")]
    [InlineData("Région 'Provence-Alpes-Côte d'Azur 2024-01-01' inconnue depuis le 2024-02-01.",
        "Région 'Provence-Alpes-Côte d'Azur 2024-01-01' inconnue depuis le 01/02/2024.")]
    // Not dates nor euros: a file name's date, a span of years, an amount already grouped, a decimal number.
    [InlineData("grille-2026-03-01.xlsx, 2018-2025, 1 801,80 €, 151,67 h", "grille-2026-03-01.xlsx, 2018-2025, 1 801,80 €, 151,67 h")]
    public void MessagesShowFrenchDatesAndGroupedEurosButKeepQuotedValues(string message, string expected) =>
        Assert.Equal(expected, Text.Normalize(FrenchFormat.Message(message)));

    [Theory]
    [InlineData("Alerte, catégorie « 6 » : écart de 6,0 % ; à justifier !", "Alerte, catégorie «\u00a06\u00a0»\u00a0: écart de 6,0\u00a0%\u00a0; à justifier\u00a0!")]
    [InlineData("Pourquoi ? Voir « Méthode ».", "Pourquoi\u00a0? Voir «\u00a0Méthode\u00a0».")]
    [InlineData("900,00 € par mois, 35 % de charges.", "900,00\u00a0€ par mois, 35\u00a0% de charges.")]
    // What a rejection quotes from the file keeps its own spaces.
    [InlineData("Valeur 'a : b ?' refusée : attendu x.", "Valeur 'a : b ?' refusée\u00a0: attendu x.")]
    public void MessagesTieTheSpacesFrenchTypographyTies(string message, string expected) =>
        Assert.Equal(expected, FrenchFormat.Message(message));
}
