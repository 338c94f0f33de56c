namespace MedSec.Web.Tests.Infrastructure;

/// <summary>Test data builders.</summary>
public static class Builders
{
    /// <summary>A public pay whose every component is distinct, so a test can tell them apart on screen.</summary>
    public static PublicPay PublicPay(decimal baseMonthlyGross = 1234.56m, IReadOnlyList<string>? warnings = null) => new(
        Grade: "AMA-CN", Echelon: 13, Date: new DateOnly(2024, 6, 1), IndexPoints: 508, PointValue: 5907.34m,
        BaseMonthlyGross: baseMonthlyGross, ResidenceAllowance: 1.01m, Cti: 0m, DifferentialAllowance: 0m,
        TotalMonthlyGross: baseMonthlyGross + 1.01m, SpecialAllowance: 2.02m, TypicalServiceBonus: 3.03m,
        TotalWithAllowances: baseMonthlyGross + 6.06m, AsOf: new DateOnly(2023, 7, 1), Warnings: warnings ?? []);
}
