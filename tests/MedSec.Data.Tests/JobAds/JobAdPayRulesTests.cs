using MedSec.Data.JobAds;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.JobAds;

/// <summary>
/// Expected values from the texts' meaning: hourly × 151.67 h (35 h × 52 / 12), annual ÷ 12, 13 months spread over 12,
/// monthly amounts for h hours scaled by 35 / h; SMIC 1 801.80 € a full-time month (2024-11-01 → 2025-12-31).
/// </summary>
public class JobAdPayRulesTests
{
    private const decimal Smic2025 = 1801.80m;

    private static JobAdPay Pay(string text, decimal? hours = null, bool partTime = false, decimal? smic = Smic2025)
    {
        Assert.True(SalaryLabelParser.TryParse(text, out var s, out var error), error);
        return JobAdPayRules.Normalise(s, hours, partTime, smic);
    }

    [Fact]
    public void HourlyRateAtTheSmicIsAFullTimeMonthAtTheSmic()
    {
        var pay = Pay("Horaire de 11.88 Euros");

        Assert.Equal(1801.84m, pay.MonthlyGrossMin); // 11.88 × 151.67 = 1 801.8396
        Assert.Equal(1801.84m, pay.MonthlyGrossMax);
        Assert.False(pay.IsFlagged);
    }

    [Fact]
    public void HourlyRangeGivesAMonthlyRangeAndItsMiddle()
    {
        var pay = Pay("Horaire de 11.88 Euros à 12.17 Euros");

        Assert.Equal(1801.84m, pay.MonthlyGrossMin);
        Assert.Equal(1845.82m, pay.MonthlyGrossMax); // 12.17 × 151.67 = 1 845.8239
        Assert.Equal(12.03m, pay.Amount);            // (11.88 + 12.17) / 2 = 12.025, half away from zero
        Assert.Equal(1824.59m, pay.MonthlyGross);    // 12.03 × 151.67 = 1 824.5901
        Assert.Equal(PayBasis.Hourly, pay.Basis);
    }

    [Fact]
    public void HourlyRateIsNotScaledByTheWeeklyHours()
    {
        var pay = Pay("Horaire de 12.0 Euros sur 12.0 mois", hours: 20m, partTime: true);

        Assert.Equal(1820.04m, pay.MonthlyGrossMin); // 12 × 151.67
    }

    [Fact]
    public void AnnualRangeIsDividedByTwelve()
    {
        var pay = Pay("Annuel de 22000.00 Euros à 25000.00 Euros sur 12 mois", hours: 35m);

        Assert.Equal(1833.33m, pay.MonthlyGrossMin);
        Assert.Equal(2083.33m, pay.MonthlyGrossMax);
        Assert.Equal(23500m, pay.Amount);
        Assert.Equal(1958.33m, pay.MonthlyGross);
        Assert.False(pay.IsFlagged);
    }

    [Fact]
    public void ThirteenthMonthIsSpreadOverTwelve()
    {
        var pay = Pay("Mensuel de 2150.0 Euros à 2300.0 Euros sur 13.0 mois");

        Assert.Equal(2329.17m, pay.MonthlyGrossMin); // 2 150 × 13 / 12 = 2 329.1666…
        Assert.Equal(2491.67m, pay.MonthlyGrossMax); // 2 300 × 13 / 12 = 2 491.6666…
        Assert.Equal(13m, pay.MonthsPaid);
    }

    [Fact]
    public void SingleMonthlyAmountStaysAsIs()
    {
        var pay = Pay("Mensuel de 1820 Euros sur 12 mois", hours: 35m);

        Assert.Equal(1820m, pay.MonthlyGross);
        Assert.Equal(1820m, pay.MonthlyGrossMin);
        Assert.Equal(1820m, pay.MonthlyGrossMax);
        Assert.False(pay.IsFlagged);
    }

    [Fact]
    public void PartTimeMonthlyAmountIsScaledToThirtyFiveHoursBeforeBeingJudged()
    {
        var pay = Pay("Mensuel de 1600.0 Euros à 1800.0 Euros sur 12.0 mois", hours: 27.5m, partTime: true);

        Assert.Equal(2036.36m, pay.MonthlyGrossMin); // 1 600 × 35 / 27.5 = 2 036.3636…
        Assert.Equal(2290.91m, pay.MonthlyGrossMax); // 1 800 × 35 / 27.5 = 2 290.9090…
        Assert.False(pay.IsFlagged);
    }

    [Fact]
    public void LongerWeekIsScaledDownToThirtyFiveHours()
    {
        var pay = Pay("Mensuel de 2150.0 Euros à 2300.0 Euros sur 13.0 mois", hours: 39m);

        Assert.Equal(2090.28m, pay.MonthlyGrossMin); // 2 150 × 13 × 35 / (12 × 39) = 2 090.2777…
        Assert.Equal(2236.11m, pay.MonthlyGrossMax); // 2 300 × 13 × 35 / (12 × 39) = 2 236.1111…
    }

    [Fact]
    public void SmallPartTimeAmountAboveTheSmicOnceScaledIsNotFlagged()
    {
        var pay = Pay("Mensuel de 788.96 Euros sur 12.0 mois", hours: 14m, partTime: true);

        Assert.Equal(1972.40m, pay.MonthlyGross); // 788.96 × 35 / 14
        Assert.False(pay.IsFlagged);
    }

    [Fact]
    public void PartTimeAmountWithoutHoursBelowTheSmicIsFlaggedAndSaysWhy()
    {
        var pay = Pay("Mensuel de 788.96 Euros sur 12.0 mois", hours: null, partTime: true);

        Assert.Equal(ObservationFlags.BelowFloor, pay.Flags);
        Assert.Contains("sous le SMIC (1801,80 €)", pay.FlagReason);
        Assert.Contains("pas d'heures", pay.FlagReason);
    }

    [Fact]
    public void FullTimeRangeStartingBelowTheSmicIsFlagged()
    {
        var pay = Pay("Mensuel de 1600.0 Euros à 1800.0 Euros sur 12.0 mois", hours: 35m);

        Assert.Equal(ObservationFlags.BelowFloor, pay.Flags);
        Assert.Contains("1600,00 €", pay.FlagReason);
    }

    [Fact]
    public void ZeroMonthsIsFlaggedAndReadAsTwelve()
    {
        var pay = Pay("Horaire de 15.0 Euros sur 0.0 mois");

        Assert.Equal(ObservationFlags.Absurd, pay.Flags);
        Assert.Contains("« sur 0.0 mois »", pay.FlagReason);
        Assert.Equal(12m, pay.MonthsPaid);
        Assert.Equal(2275.05m, pay.MonthlyGross); // 15 × 151.67
    }

    [Fact]
    public void AnnualAmountLabelledMonthlyIsFlaggedAndReadAsAnnual()
    {
        var pay = Pay("Mensuel de 45000.0 Euros à 60000.0 Euros sur 12.0 mois", hours: 35m);

        Assert.Equal(ObservationFlags.Absurd, pay.Flags);
        Assert.Contains("annuel étiqueté mensuel", pay.FlagReason);
        Assert.Equal(PayBasis.Annual, pay.Basis);
        Assert.Equal(3750m, pay.MonthlyGrossMin);
        Assert.Equal(5000m, pay.MonthlyGrossMax);
    }

    [Fact]
    public void HighButPlausibleMonthlyAmountIsNotReadAsAnnual()
    {
        var pay = Pay("Mensuel de 2514.0 Euros à 4111.0 Euros sur 12.0 mois", hours: 35m);

        Assert.Equal(PayBasis.Monthly, pay.Basis);
        Assert.False(pay.IsFlagged);
    }

    [Fact]
    public void BackwardRangeIsFlaggedAndTurnedRound()
    {
        var pay = Pay("Mensuel de 2300.0 Euros à 2100.0 Euros sur 12.0 mois");

        Assert.Equal(ObservationFlags.Absurd, pay.Flags);
        Assert.Equal(2100m, pay.MonthlyGrossMin);
        Assert.Equal(2300m, pay.MonthlyGrossMax);
    }

    [Fact]
    public void WithoutAKnownSmicNothingIsFlaggedBelowTheFloor()
    {
        var pay = Pay("Mensuel de 1000.0 Euros sur 12.0 mois", smic: null);

        Assert.False(pay.IsFlagged);
    }
}
