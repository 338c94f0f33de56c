using MedSec.Data.JobAds;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.JobAds;

public class SalaryLabelParserTests
{
    [Theory]
    [InlineData("Mensuel de 1600.0 Euros à 1800.0 Euros sur 12.0 mois", PayBasis.Monthly, "1600", "1800", "12")]
    [InlineData("Horaire de 11.88 Euros", PayBasis.Hourly, "11.88", "11.88", null)]
    [InlineData("Horaire de 11.88 Euros à 12.17 Euros", PayBasis.Hourly, "11.88", "12.17", null)]
    [InlineData("Annuel de 22000.00 Euros à 25000.00 Euros sur 12 mois", PayBasis.Annual, "22000", "25000", "12")]
    [InlineData("Mensuel de 2150.0 Euros à 2300.0 Euros sur 13.0 mois", PayBasis.Monthly, "2150", "2300", "13")]
    [InlineData("Mensuel de 1820 Euros sur 12 mois", PayBasis.Monthly, "1820", "1820", "12")]
    [InlineData("Horaire de 15.0 Euros sur 0.0 mois", PayBasis.Hourly, "15", "15", "0")]
    [InlineData("Mensuel de 45000.0 Euros à 60000.0 Euros sur 12.0 mois", PayBasis.Monthly, "45000", "60000", "12")]
    [InlineData("Horaire de 11.88 Euros à 11.88 Euros sur 12.0 mois", PayBasis.Hourly, "11.88", "11.88", "12")]
    [InlineData("Annuel de 21621.6 Euros sur 12.0 mois", PayBasis.Annual, "21621.6", "21621.6", "12")]
    [InlineData("mensuel de 1800,50 euros", PayBasis.Monthly, "1800.50", "1800.50", null)]
    public void ReadsBasisRangeAndMonths(string text, PayBasis basis, string min, string max, string? months)
    {
        Assert.True(SalaryLabelParser.TryParse(text, out var s, out var error), error);

        Assert.Equal(basis, s.Basis);
        Assert.Equal(decimal.Parse(min, System.Globalization.CultureInfo.InvariantCulture), s.Min);
        Assert.Equal(decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), s.Max);
        Assert.Equal(months is null ? null : decimal.Parse(months, System.Globalization.CultureInfo.InvariantCulture), s.MonthsStated);
    }

    [Theory]
    [InlineData(null, "pas de salaire")]
    [InlineData("", "pas de salaire")]
    [InlineData("   ", "pas de salaire")]
    [InlineData("Cachet de 120.0 Euros", "Texte de salaire 'Cachet de 120.0 Euros' non reconnu")]
    [InlineData("Selon profil", "non reconnu")]
    [InlineData("Mensuel de Euros", "non reconnu")]
    [InlineData("Mensuel de 1800 Dollars", "non reconnu")]
    public void RefusesWhatIsNotASalaryText(string? text, string reason)
    {
        Assert.False(SalaryLabelParser.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
    }
}
