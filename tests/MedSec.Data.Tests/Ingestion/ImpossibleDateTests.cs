using MedSec.Data.Payroll;
using MedSec.Data.Tests.Payroll;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// A date written in the expected shape whose day does not exist (31/02, 29/02 of a common year, month 13) says which
/// part is wrong; it was refused as "n'est pas une date (aaaa-mm-jj ou jj/mm/aaaa)", sending the user to a format they
/// had followed. A date of another shape keeps the format's hint.
/// </summary>
public class ImpossibleDateTests
{
    [Theory]
    [InlineData("31/02/2025", "'31/02/2025' n'est pas une date : février 2025 n'a que 28 jours.")]
    [InlineData("29/02/2023", "'29/02/2023' n'est pas une date : février 2023 n'a que 28 jours.")]
    [InlineData("2024-02-30", "'2024-02-30' n'est pas une date : février 2024 n'a que 29 jours.")]
    [InlineData("31/04/2025", "'31/04/2025' n'est pas une date : avril 2025 n'a que 30 jours.")]
    [InlineData("2025-13-01", "'2025-13-01' n'est pas une date : il n'y a pas de mois 13 (01 à 12).")]
    [InlineData("00/03/2025", "'00/03/2025' n'est pas une date : il n'y a pas de jour 0.")]
    [InlineData("1 mars 2025", "'1 mars 2025' n'est pas une date (aaaa-mm-jj ou jj/mm/aaaa).")]
    [InlineData("03/01/25", "'03/01/25' n'est pas une date (aaaa-mm-jj ou jj/mm/aaaa).")]
    public void AnObservationsImpossibleDateSaysWhichPartIsWrong(string date, string reason)
    {
        var result = CsvTextBuilder.French().Row($"{date};Privé;84;2000;Mensuel;Brut;35;CDI").Run();

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((2L, "Date", reason), (rejection.Line, rejection.Column, rejection.Reason));
    }

    [Fact]
    public void APayrollsImpossibleHireDateSaysWhichPartIsWrong()
    {
        var result = PayrollPipeline.Run("paie.csv", "Matricule;Salaire de base brut;Date d'entrée\nA1;1900;31/02/2020\n"u8.ToArray(), PayrollText.Options);

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((2L, "Date d'entrée", "'31/02/2020' n'est pas une date : février 2020 n'a que 29 jours."),
            (rejection.Line, rejection.Column, rejection.Reason));
    }
}
