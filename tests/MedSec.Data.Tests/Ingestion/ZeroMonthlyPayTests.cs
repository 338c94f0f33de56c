using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// An amount above zero whose full-time month rounds to 0,00 € (0,01 € a year) is no pay: it is rejected on its salary
/// column, never stored as an observation of 0 € a month (a model trained on ln(pay) cannot take it).
/// </summary>
public class ZeroMonthlyPayTests
{
    [Theory]
    [InlineData("2025-03-01;Privé;84;0,01;Annuel;Brut;35;CDI", "Montant de 0,01 € : moins d'un centime par mois à temps plein, attendu un montant positif.")]
    [InlineData("2025-03-01;Privé;84;0,05;Annuel;Brut;35;CDI", "Montant de 0,05 € : moins d'un centime par mois à temps plein, attendu un montant positif.")]
    [InlineData("2025-03-01;Privé;84;0,001;Mensuel;Brut;35;CDI", "Montant de 0,001 € : moins d'un centime par mois à temps plein, attendu un montant positif.")]
    public void AnAmountWorthLessThanACentAMonthIsRejectedOnItsSalaryColumn(string row, string reason)
    {
        var result = CsvTextBuilder.French().Row("2025-03-01;Privé;84;1900;Mensuel;Brut;35;CDI").Row(row).Run();

        Assert.Equal((2L, 1L, 1L), (result.Read, result.Accepted, result.Rejected));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((3L, "Salaire", reason), (rejection.Line, rejection.Column, rejection.Reason));
    }

    private static readonly string[] Amounts = ["0,001", "0,01", "0,05", "0,06", "0,5", "11,88", "1900", "22000"];

    [Property(MaxTest = 100, Replay = "(35,7)")]
    public Property EveryRecordEndsAcceptedWithAPositiveMonthlyGrossOrRejected() =>
        Prop.ForAll(Arb.From(
            from amount in Gen.Elements(Amounts)
            from basis in Gen.Elements("Mensuel", "Annuel", "Horaire")
            from hours in Gen.Elements("35", "48", "0,5")
            select $"2025-03-01;Privé;84;{amount};{basis};Brut;{hours};CDI"), row =>
        {
            var result = CsvTextBuilder.French().Row(row).Run();

            Assert.Equal(1, result.Read);
            Assert.Equal(result.Read, result.Accepted + result.Rejected);
            Assert.All(result.Observations.Rows, o => Assert.True(o.MonthlyGross > 0, $"{row} → {o.MonthlyGross}"));
        });
}
