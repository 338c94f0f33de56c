using MedSec.Data.Tests.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Payroll;

/// <summary>A sex column means the same in an observation file and in a payroll file: the same values are accepted, and an
/// unknown one is refused with the same reason.</summary>
public class GenderValuesTests
{
    private static CsvTextBuilder Observations(string sex) =>
        new CsvTextBuilder("Date;Secteur;Région;Salaire;Sexe").Row($"2025-03-01;Privé;84;2000;{sex}");

    private static string Payroll(string sex) => PayrollText.FrenchHeader + $"\nA1;{sex};Secrétaire;5;01/01/2020;1;2000;0\n";

    [Theory]
    [InlineData("F", Gender.Female)]
    [InlineData("Femme", Gender.Female)]
    [InlineData("H", Gender.Male)]
    [InlineData("M", Gender.Male)]
    [InlineData("homme", Gender.Male)]
    public void BothReadersAcceptTheSameValues(string sex, Gender expected)
    {
        var observations = Observations(sex).Run();
        var payroll = PayrollText.Run(Payroll(sex));

        Assert.Equal(expected, Assert.Single(observations.Observations.Rows).Observation.Gender);
        Assert.Equal(expected, Assert.Single(payroll.Records).Gender);
    }

    [Fact]
    public void AnUnknownValueGetsTheSameReasonInBothFiles()
    {
        var observation = Assert.Single(Observations("X").Run().Rejections);
        var payroll = Assert.Single(PayrollText.Run(Payroll("X")).Rejections);

        Assert.Equal("Sexe", observation.Column);
        Assert.Equal("Sexe", payroll.Column);
        Assert.Equal(observation.Reason, payroll.Reason);
        Assert.Contains("'X'", observation.Reason);
        foreach (var accepted in new[] { "F", "H", "M" }) Assert.Contains(accepted, observation.Reason);
    }
}
