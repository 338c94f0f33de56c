using MedSec.Data.Ingestion;
using MedSec.Data.Payroll;

namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// A monthly base above 3 × the highest agreement minimum in force (the observation files' absurd factor) is accepted but
/// flagged: 23 900 € "a month" is IDCC 2264's annual minimum of niveau 6, typed in the wrong column.
/// </summary>
public class AnnualLookingBaseTests
{
    /// <summary>The highest in agreement_minima.csv in November 2026: IDCC 2098 coefficient 550, 6 301,08 € (from 2025-11-01).</summary>
    private static decimal? Highest(DateOnly date) => 6301.08m;

    private static PayrollIngestResult Run(string records) =>
        PayrollPipeline.Run("paie.csv", System.Text.Encoding.UTF8.GetBytes(PayrollText.FrenchHeader + "\n" + records),
            PayrollText.Options with { HighestAgreementMinimum = Highest });

    [Fact]
    public void ABaseAboveThreeTimesTheHighestAgreementMinimumIsFlaggedNotRejected()
    {
        var result = Run(
            "A1;F;Secrétaire;6;01/01/2020;1;23 900;0\n" +
            "A2;F;Directrice;17;01/01/2020;1;18 903,24;0\n" +
            "A3;F;Secrétaire;6;01/01/2020;0,5;9 451,63;0\n");

        Assert.Equal(3, result.Accepted);
        Assert.Equal([2L, 4L], result.Flags.Select(f => f.Line));
        Assert.All(result.Flags, f => Assert.Equal("Salaire de base brut", f.Column));
        Assert.Equal(
            $"23900,00 € de salaire de base pour un temps plein, plus de {IngestText.Number(ObservationPipelineOptions.AbsurdFactor)} fois " +
            "le plus haut salaire minimum conventionnel en vigueur au 2026-11-22 (6301,08 €) : un montant annuel, ou une faute de frappe ?",
            result.Flags[0].Reason);
        Assert.Contains("18903,26 €", result.Flags[1].Reason); // 9 451,63 for half a full time
    }

    [Fact]
    public void WithoutAnAgreementMinimumNothingIsFlaggedAsAnnual()
    {
        var result = PayrollText.Run(PayrollText.FrenchHeader + "\nA1;F;Secrétaire;6;01/01/2020;1;23 900;0\n");

        Assert.Empty(result.Flags);
    }
}
