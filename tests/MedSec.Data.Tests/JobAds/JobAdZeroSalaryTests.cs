using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.JobAds;

/// <summary>
/// An offer paid 0 € is no pay to learn from: it is rejected as an observation file's 0 is ("attendu un montant
/// positif"), never stored as a market observation of 0 € a month (a model trained on ln(pay) cannot take it).
/// </summary>
public class JobAdZeroSalaryTests
{
    private const string Header = "id|intitule|dateCreation|romeCode|lieuTravail.codePostal|salaire.libelle\n";

    private static ObservationIngestResult Run(params string[] salaries) =>
        JobAdFixture.Run("z.csv", Encoding.UTF8.GetBytes(
            Header + string.Concat(salaries.Select((s, i) => $"A{i}|Secrétaire médicale|2025-05-15T11:12:17.043Z|M1609|07500|{s}\n"))));

    [Theory]
    [InlineData("Annuel de 0 Euros", "Montant de 0,00 € : attendu un montant positif.")]
    [InlineData("Mensuel de 0.0 Euros sur 12.0 mois", "Montant de 0,00 € : attendu un montant positif.")]
    [InlineData("Horaire de 0.00 Euros à 12.00 Euros", "Montant de 0,00 € : attendu un montant positif.")]
    [InlineData("Mensuel de 1900.0 Euros à 0.0 Euros", "Montant de 0,00 € : attendu un montant positif.")]
    [InlineData("Annuel de 0.01 Euros", "Montant de 0,01 € : moins d'un centime par mois à temps plein, attendu un montant positif.")]
    public void AZeroAmountRejectsTheOfferWithItsLineColumnAndReason(string salary, string reason)
    {
        var result = Run("Mensuel de 1900.0 Euros", salary);

        Assert.Equal((2L, 1L, 1L), (result.Read, result.Accepted, result.Rejected));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((3L, "salaire.libelle", reason), (rejection.Line, rejection.Column, rejection.Reason));
    }

    private static readonly string[] Amounts = ["0", "0.0", "0.00", "0,0", "0.01", "11.88", "1900.0", "22000.00"];

    [Property(MaxTest = 200, Replay = "(1609,3)")]
    public Property EveryOfferEndsAcceptedWithAPositivePayOrRejected() =>
        Prop.ForAll(Arb.From(
            from basis in Gen.Elements("Horaire", "Mensuel", "Annuel")
            from low in Gen.Elements(Amounts)
            from high in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(Amounts).Select(a => (string?)a))
            select high is null ? $"{basis} de {low} Euros" : $"{basis} de {low} Euros à {high} Euros"), salary =>
        {
            var result = Run(salary);

            Assert.Equal(1, result.Read);
            Assert.Equal(result.Read, result.Accepted + result.Rejected);
            Assert.All(result.Observations.Rows, row => Assert.True(row.MonthlyGross > 0, $"{salary} → {row.MonthlyGross}"));
        });
}
