using MedSec.Data.JobAds;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.JobAds;

/// <summary>
/// The France Travail export writes amounts without grouping ("Mensuel de 1600.0 Euros", every one of the 89 texts of the
/// real Ardèche export), but a salary text typed or re-saved by a person groups thousands as French does: "Mensuel de
/// 1 800 Euros" was refused as « Texte de salaire … non reconnu ». A space, a no-break space (U+00A0) or a narrow one
/// (U+202F, what fr-FR formatting writes) between groups of three digits is read as grouping.
/// </summary>
public class GroupedSalaryLabelTests
{
    [Theory]
    [InlineData("Mensuel de 1 800 Euros", PayBasis.Monthly, 1800, 1800, null)]
    [InlineData("Mensuel de 1\u00A0800,50 Euros à 1\u00A0950 Euros", PayBasis.Monthly, 1800.50, 1950, null)]
    [InlineData("Annuel de 22\u202F000,00 Euros à 25\u202F000,00 Euros sur 12 mois", PayBasis.Annual, 22000, 25000, 12)]
    [InlineData("Annuel de 1 250 000 Euros", PayBasis.Annual, 1250000, 1250000, null)]
    public void ThousandsGroupedBySpacesAreRead(string text, PayBasis basis, double min, double max, int? months)
    {
        Assert.True(SalaryLabelParser.TryParse(text, out var statement, out var error), error);
        Assert.Equal(new SalaryStatement(basis, (decimal)min, (decimal)max, months), statement);
    }

    [Theory]
    [InlineData("Mensuel de 1 80 Euros")]
    [InlineData("Mensuel de 1800 000 Euros")]
    [InlineData("Mensuel de 1 800 Euros sur 1 2 mois")]
    public void SpacesThatAreNoGroupingOfThreeDigitsAreStillRefused(string text)
    {
        Assert.False(SalaryLabelParser.TryParse(text, out _, out var error));
        Assert.StartsWith($"Texte de salaire '{text}' non reconnu", error);
    }
}
