using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using static MedSec.Domain.Tests.ReferenceBuilder;

namespace MedSec.Domain.Tests.Pay;

// Expected amounts come from RESEARCH.md's tables or from the legal formula worked by hand, never from this code.
public class PublicPayRulesTests
{
    private static readonly MedSec.Domain.Reference.ReferenceData Data = Research().Build();

    [Fact]
    public void AmaCnEchelon13WithoutCtiIsIm508TimesTheAnnualPointOver1200()
    {
        var pay = PublicPayRules.Compute(Data, GradeCode.AmaCn, 13, D("2024-06-01"), includeCti: false);

        Assert.Equal(508, pay.IndexPoints);
        Assert.Equal(5907.34m, pay.PointValue);
        Assert.Equal(2500.77m, pay.BaseMonthlyGross); // RESEARCH.md 1.2: 508 × 5907.34 / 1200
        Assert.Equal(0m, pay.ResidenceAllowance);
        Assert.Equal(0m, pay.Cti);
        Assert.Equal(0m, pay.DifferentialAllowance);
        Assert.Equal(2500.77m, pay.TotalMonthlyGross);
        Assert.Equal("AMA-CN", pay.Grade);
    }

    [Fact]
    public void BasePayRoundsTheProductNotTheMonthlyPoint()
    {
        // IM 401: 401 × 5907.34 / 1200 = 1974.0363 → 1974.04 (RESEARCH.md 1.2), while 401 × 4.92278 = 1974.03.
        var pay = PublicPayRules.Compute(Data, GradeCode.AmaCn, 7, D("2024-06-01"));

        Assert.Equal(1974.04m, pay.BaseMonthlyGross);
    }

    [Fact]
    public void Im366InJanuary2026GetsADifferentialOf21_29()
    {
        // RESEARCH.md 1.3: SMIC 1823.03 − 366 × 4.92278 (1801.74) = 21.29 (décret 91-769; emploi.fhf.fr).
        var pay = PublicPayRules.Compute(Data, GradeCode.AahC1, 1, D("2026-01-15"));

        Assert.Equal(366, pay.IndexPoints);
        Assert.Equal(1801.74m, pay.BaseMonthlyGross);
        Assert.Equal(21.29m, pay.DifferentialAllowance);
        Assert.Equal(1801.74m + 241.22m + 21.29m, pay.TotalMonthlyGross);
        Assert.Contains(PayWarnings.DifferentialPaid(1823.03m, 21.29m), pay.Warnings);
        Assert.Equal(D("2026-01-01"), pay.AsOf);
    }

    [Fact]
    public void CtiOf49PointsIs241_22()
    {
        // RESEARCH.md 1.4: 49 × 4.92278 ≈ 241.22 €.
        var pay = PublicPayRules.Compute(Data, GradeCode.AmaCn, 1, D("2024-06-01"));

        Assert.Equal(241.22m, pay.Cti);
        Assert.Equal(1836.20m + 241.22m, pay.TotalMonthlyGross);
    }

    [Fact]
    public void ResidenceSpecialAllowanceAndServiceBonusFollowTheirTexts()
    {
        var pay = PublicPayRules.Compute(Data, GradeCode.AmaCn, 13, D("2024-06-01"), ResidenceZone.Zone1);

        Assert.Equal(75.02m, pay.ResidenceAllowance);    // 3 % × 2500.77 = 75.0231
        Assert.Equal(211.49m, pay.SpecialAllowance);     // 13/1900 × 12 × (2500.77 + 75.02) = 211.486
        Assert.Equal(187.56m, pay.TypicalServiceBonus);  // 7.5 % × 2500.77 = 187.558
        Assert.Equal(2500.77m + 75.02m + 241.22m, pay.TotalMonthlyGross);
        Assert.Equal(pay.TotalMonthlyGross + 211.49m + 187.56m, pay.TotalWithAllowances);
    }

    [Fact]
    public void ResidenceAllowanceIsComputedOnAtLeastTheFloorIndex()
    {
        // Décret 85-1148 art. 9: below the floor index, the allowance of the floor index is paid. A floor of IM 373 makes
        // IM 366 (1801.74) get 3 % of 373 × 5907.34 / 1200 = 1836.20, i.e. 55.086.
        var data = Research().ReplacingSupplement("residence-floor-index", 373m, "2024-01-01").Build();

        var pay = PublicPayRules.Compute(data, GradeCode.AahC1, 1, D("2024-06-01"), ResidenceZone.Zone1);

        Assert.Equal(55.09m, pay.ResidenceAllowance);
        Assert.Equal(1801.74m, pay.BaseMonthlyGross);
    }

    [Fact]
    public void TheDerivedGridOfSecondHalf2023IsFiveIndexPointsLower()
    {
        // RESEARCH.md 1.2: IM valid 2023-07-01 → 2023-12-31 = IM(2024) − 5, so 503 × 5907.34 / 1200 = 2476.1585.
        var pay = PublicPayRules.Compute(Data, GradeCode.AmaCn, 13, D("2023-09-01"));

        Assert.Equal(503, pay.IndexPoints);
        Assert.Equal(2476.16m, pay.BaseMonthlyGross);
    }

    [Fact]
    public void ThePointUnchangedForMoreThanAYearIsWarned()
    {
        Assert.DoesNotContain(PayWarnings.PointUnchanged(D("2023-07-01")), PublicPayRules.Compute(Data, GradeCode.AmaCn, 5, D("2024-06-01")).Warnings);
        Assert.Contains(PayWarnings.PointUnchanged(D("2023-07-01")), PublicPayRules.Compute(Data, GradeCode.AmaCn, 5, D("2025-03-01")).Warnings);
    }

    [Fact]
    public void TheJune2026SmicRiseIsWarnedAsUnansweredByThePublicService()
    {
        // RESEARCH.md 1.3: SMIC 1867.02 from 2026-06-01 is above IM 373 (1836.20): a differential of 30.82, no FP measure found.
        var pay = PublicPayRules.Compute(Data, GradeCode.AmaCn, 1, D("2026-07-01"));

        Assert.Equal(30.82m, pay.DifferentialAllowance);
        Assert.Contains(PayWarnings.NoPublicMeasureForSmic(D("2026-06-01")), pay.Warnings);
        Assert.Equal(D("2026-06-01"), pay.AsOf);
    }

    [Fact]
    public void NoDifferentialMeansNoSmicWarning()
    {
        var pay = PublicPayRules.Compute(Data, GradeCode.AmaCn, 13, D("2026-07-01"));

        Assert.Equal(0m, pay.DifferentialAllowance);
        Assert.DoesNotContain(pay.Warnings, w => w.Contains("SMIC", StringComparison.Ordinal));
    }

    [Fact]
    public void ADateAfterTheNewestFigureIsWarned()
    {
        var pay = PublicPayRules.Compute(Data, GradeCode.AmaCn, 13, D("2027-01-01"));

        Assert.Contains(PayWarnings.BeyondData(D("2026-06-01")), pay.Warnings);
        Assert.Equal(2500.77m, pay.BaseMonthlyGross);
    }

    [Fact]
    public void AsOfIsTheNewestValidFromAmongTheFiguresUsed()
    {
        // Grid, floor index and SMIC from 2024-01-01; point 2023-07-01; CTI 2020-12-01.
        Assert.Equal(D("2024-01-01"), PublicPayRules.Compute(Data, GradeCode.AmaCn, 13, D("2024-06-01")).AsOf);
    }

    [Fact]
    public void AnEchelonOutsideTheGridIsBadInput()
    {
        var ex = Assert.Throws<MedSecInputException>(() => PublicPayRules.Compute(Data, GradeCode.AmaCn, 14, D("2024-06-01")));

        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
        Assert.Contains("1 à 13", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateBeforeAnyGridIsBadInputNamingTheFirstDate()
    {
        var ex = Assert.Throws<MedSecInputException>(() => PublicPayRules.Compute(Data, GradeCode.AmaCn, 1, D("2023-01-01")));

        Assert.Equal(InputErrorKind.BadInput, ex.Kind);
        Assert.Contains("2023-07-01", ex.Message, StringComparison.Ordinal);
    }
}
