using System.Globalization;
using System.Text.RegularExpressions;
using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Reference;

/// <summary>
/// The décret or arrêté each SMIC row names: a revaluing text is published before the rate it sets takes effect
/// (Code du travail L3231-5 to L3231-11: the rise is fixed ahead of its date), and the métropole's row and Mayotte's
/// of the same date name the same text (each text sets both, art. 1, 1° and 2°).
/// </summary>
public sealed partial class SmicLegalTextTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private ReferenceData Data => fixture.Data;

    [Fact]
    public void EveryTextIsDatedBeforeTheRateItSetsTookEffect() =>
        Assert.All(Data.Smic.Concat(Data.MayotteSmic), s =>
            Assert.True(TextDate(s.LegalText) < s.ValidFrom, $"{s.ValidFrom:yyyy-MM-dd}: « {s.LegalText} » is dated after the rate took effect"));

    [Fact]
    public void TheMetropolesRowAndMayottesOfADateNameATextOfTheSameDate()
    {
        var pairs = Data.Smic.Join(Data.MayotteSmic, s => s.ValidFrom, m => m.ValidFrom, (s, m) => (s, m)).ToList();

        Assert.Equal(Data.MayotteSmic.Count, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(TextDate(p.s.LegalText), TextDate(p.m.LegalText)));
    }

    [Fact]
    public void TheRiseOfMay2022IsTheArreteOf19April2022()
    {
        // JORF n° 0092 du 20 avril 2022, texte n° 11 (NOR MTRT2211753A): 10,85 € an hour from 1 May 2022.
        var smic = Data.Smic.At(new DateOnly(2022, 5, 1), s => s.ValidFrom, s => s.ValidTo);

        Assert.Equal((10.85m, new DateOnly(2022, 4, 19)), (smic.Hourly, TextDate(smic.LegalText)));
    }

    private static DateOnly TextDate(string legalText)
    {
        var numeric = NumericDate().Match(legalText);
        if (numeric.Success)
            return DateOnly.ParseExact(numeric.Groups[1].Value, "dd/MM/yyyy", CultureInfo.InvariantCulture);
        var words = WordDate().Match(legalText);
        Assert.True(words.Success, $"no date in « {legalText} »");
        return DateOnly.ParseExact(words.Groups[1].Value, "d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));
    }

    [GeneratedRegex(@"du (\d{2}/\d{2}/\d{4})")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"du (\d{1,2} \p{L}+ \d{4})")]
    private static partial Regex WordDate();
}
