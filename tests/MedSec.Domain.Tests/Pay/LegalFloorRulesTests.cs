using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Pay;

public class LegalFloorRulesTests
{
    private static readonly MedSec.Domain.Reference.ReferenceData Data = Research().Build();

    [Fact]
    public void Idcc1147Level5InJanuary2026IsBoundByTheSmic()
    {
        // RESEARCH.md 2.1: positionnement 5 = 1815.79 (avenant 90, 2024-01-01) < SMIC 1823.03 (2026-01-01).
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2026-01-15"));

        Assert.Equal(1823.03m, floor.Smic);
        Assert.Equal(1815.79m, floor.AgreementMinimum);
        Assert.Equal(1823.03m, floor.Floor);
        Assert.Equal("smic", floor.Binding);
        Assert.Equal("1147", floor.Agreement);
        Assert.Equal(D("2026-01-01"), floor.AsOf);
        Assert.Contains(PayWarnings.AgreementBelowSmic(1815.79m, 1823.03m), floor.Warnings);
        Assert.Contains("Minimum de la convention 1147 (positionnement 5) inchangé depuis le 2024-01-01.", floor.Warnings);
    }

    [Fact]
    public void AnAgreementMinimumAboveTheSmicBinds()
    {
        // Positionnement 9 in June 2024: 2159.91 > SMIC 1766.92; the avenant is less than a year old.
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "9", D("2024-06-01"));

        Assert.Equal(2159.91m, floor.Floor);
        Assert.Equal("agreement", floor.Binding);
        Assert.Empty(floor.Warnings);
    }

    [Fact]
    public void AnnualMinimaAreDividedBy12AndAnUnextendedTextIsWarned()
    {
        // RESEARCH.md 2.2: IDCC 2264 niveau 6 (secrétaire médicale) RMAN 23 900 €/year = 1991.67 a month; avenant 33 not extended.
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc2264, "6", D("2026-01-15"));

        Assert.Equal(1991.67m, floor.AgreementMinimum);
        Assert.Equal("agreement", floor.Binding);
        Assert.Contains(PayWarnings.AgreementNotExtended(Agreement.Idcc2264), floor.Warnings);
    }

    [Fact]
    public void BothAmountsAreProratedToTheWeeklyHours()
    {
        // 24 h: 1823.03 × 24/35 = 1250.0777, 1815.79 × 24/35 = 1245.1131.
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2026-01-15"), 24m);

        Assert.Equal(1250.08m, floor.Smic);
        Assert.Equal(1245.11m, floor.AgreementMinimum);
        Assert.Equal(1250.08m, floor.Floor);
        Assert.Equal(24m, floor.WeeklyHours);
    }

    [Fact]
    public void Ccn51Coefficient376IsBelowTheSmic()
    {
        // RESEARCH.md 2.3: 376 × 4.447 = 1672.07 < SMIC.
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc29, "376", D("2026-01-15"));

        Assert.Equal("smic", floor.Binding);
        Assert.Equal("29", floor.Agreement);
    }

    [Fact]
    public void AnUnknownLevelIsAnUnknownCodeListingTheKnownOnes()
    {
        var ex = Assert.Throws<MedSecInputException>(() => LegalFloorRules.Compute(Data, Agreement.Idcc1147, "99", D("2026-01-15")));

        Assert.Equal(InputErrorKind.UnknownCode, ex.Kind);
        Assert.Contains("(niveaux connus : 4-16)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateBeforeAnyDataIsBadInput()
    {
        var ex = Assert.Throws<MedSecInputException>(() => LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2019-01-01")));
        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("0.99")]
    [InlineData("48.5")]
    [InlineData("60")]
    public void WeeklyHoursOutside1To48AreBadInput(string hours)
    {
        var ex = Assert.Throws<MedSecInputException>(() =>
            LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2026-01-15"), decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
    }

    [Fact]
    public void FortyEightHoursAreAllowed()
    {
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2026-01-15"), 48m);

        // 13 overtime hours: 8 at +25 % and 5 at +50 % = 17.5 paid hours; 1823.03 × 52.5/35 = 2734.545.
        Assert.Equal(2734.55m, floor.Smic);
    }

    [Fact]
    public void OvertimeHoursArePaidWithTheirPremiumNotProRata()
    {
        // 39 h: 4 overtime hours at +25 % (Code du travail L3121-36) = 40 paid hours a week; the SMIC is hourly, so
        // 12.02 × 40 × 52/12 = 12.02 × 173.333… = 2083.4667 → 2083.47 €, where a pro rata of 39/35 would give 2031.38 € and
        // pay the overtime below the law.
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2026-01-15"), 39m);

        Assert.Equal(2083.47m, floor.Smic);
        Assert.Equal(Money.Cents(1815.79m * 40m / 35m), floor.AgreementMinimum); // positionnement 5 since 2024-01-01
        Assert.Contains(floor.Warnings, w => w.StartsWith("À 39 h par semaine, les heures au-delà de 35 h sont des heures supplémentaires"));
        Assert.Equal(D("2026-01-01"), floor.AsOf);
    }

    [Theory]
    // The décret fixes the SMIC by the hour (Code du travail art. L3231-2; art. L3232-3: the monthly minimum is the hourly
    // SMIC × the hours of the month); a month of H hours a week is H × 52/12 hours (art. L3242-1), overtime weighted by its
    // premium. Worked by hand, with the pro rata of the published (rounded) monthly figure that gave a cent off:
    [InlineData("2026-06-15", "39", "2133.73")] // 12.31 × 40 × 52/12 = 2133.7333; 1867.02 × 40/35 = 2133.7371 → 2133.74
    [InlineData("2026-01-15", "39", "2083.47")] // 12.02 × 40 × 52/12 = 2083.4667; 1823.03 × 40/35 = 2083.4629 → 2083.46
    [InlineData("2023-01-15", "39", "1953.47")] // 11.27 × 173.333… = 1953.4667 (the 2023 tables give 1 953,47 € for 39 h)
    [InlineData("2023-01-15", "44", "2270.91")] // 11.27 × (35 + 8 × 1.25 + 1 × 1.5) × 52/12 = 11.27 × 201.5 = 2270.905
    [InlineData("2021-10-15", "17.5", "794.73")] // 10.48 × 17.5 × 52/12 = 794.7333; 1589.47 / 2 = 794.735 → 794.74
    [InlineData("2026-01-15", "35", "1823.03")] // 12.02 × 35 × 52/12 = 1823.0333: the published monthly figure
    [InlineData("2026-01-15", "24", "1250.08")] // 12.02 × 104 = 1250.08
    public void TheSmicForOtherHoursIsTheHourlySmicTimesTheHoursPaid(string date, string hours, string expected)
    {
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "4", D(date),
            decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), floor.Smic);
    }

    [Fact]
    public void AtThirtyFiveHoursOrLessNoPremiumApplies()
    {
        var floor = LegalFloorRules.Compute(Data, Agreement.Idcc1147, "5", D("2026-01-15"), 24m);

        Assert.Equal(1250.08m, floor.Smic); // 1823.03 × 24/35 = 1250.0777
        Assert.DoesNotContain(floor.Warnings, w => w.Contains("heures supplémentaires"));
    }

    [Theory]
    [InlineData("2026-01-15", "4530.83")] // IDCC 1147 positionnement 16 (2024-01-01) above IDCC 2264 niveau 8, 27 143 € / 12
    [InlineData("2023-12-31", "4441.99")] // the row of positionnement 16 in force then, not the newest
    [InlineData("2019-06-30", "1672.07")] // before any IDCC 1147 or 2264 row: IDCC 29 coefficient 376 alone
    public void TheHighestAgreementMinimumIsTheTopRowInForceAtTheDate(string date, string expected)
    {
        var highest = LegalFloorRules.HighestAgreementMinimum(Data, D(date));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), highest);
    }
}
