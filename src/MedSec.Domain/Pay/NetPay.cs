namespace MedSec.Domain.Pay;

/// <summary>Gross → net before income tax (net avant impôt).</summary>
/// <param name="EmployeeContributionRate">(gross − net) / gross, rounded to 4 decimals.</param>
public sealed record NetPay(
    decimal Gross,
    string Sector,
    DateOnly Date,
    decimal Net,
    decimal EmployeeContributionRate,
    DateOnly AsOf,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The contributions deducted, one per item (an init property so existing constructor calls still compile).</summary>
    public IReadOnlyList<ContributionAmount> Contributions { get; init; } = [];
}
