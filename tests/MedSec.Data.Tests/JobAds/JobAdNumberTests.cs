using System.Text;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.JobAds;

/// <summary>Numbers a decimal cannot hold, and digits of other scripts (.NET's \d matches them), reject the offer; they never throw.</summary>
public class JobAdNumberTests
{
    private const string Header = "id|intitule|dateCreation|romeCode|lieuTravail.codePostal|experienceLibelle|dureeTravailLibelle|salaire.libelle\n";

    private static ObservationIngestResult Run(string salary, string experience = "2 An(s)", string hours = "35H Autre") =>
        JobAdFixture.Run("n.csv", Encoding.UTF8.GetBytes(
            Header + $"A1|Secrétaire médicale|2025-05-15T11:12:17.043Z|M1609|07500|{experience}|{hours}|{salary}\n"));

    private static Rejection OnlyRejection(ObservationIngestResult result)
    {
        Assert.Equal((1L, 0L), (result.Read, result.Accepted));
        return Assert.Single(result.Rejections);
    }

    [Theory]
    [InlineData("Mensuel de 99999999999999999999999999999.0 Euros", "'99999999999999999999999999999.0' n'est pas un montant.")]
    [InlineData("Mensuel de １９００ Euros", "'１９００' n'est pas un montant.")]
    [InlineData("Mensuel de 1900 Euros à ２１００ Euros", "'２１００' n'est pas un montant.")]
    [InlineData("Mensuel de 1900 Euros sur 99999999999999999999999999999 mois", "'99999999999999999999999999999' n'est pas un nombre de mois.")]
    [InlineData("Mensuel de 1900 Euros sur １３ mois", "'１３' n'est pas un nombre de mois.")]
    [InlineData("Annuel de 79228162514264337593543950335 Euros", "au-dessus de 10 000 000 €")]
    [InlineData("Mensuel de 1900 Euros à 79228162514264337593543950335 Euros", "au-dessus de 10 000 000 €")]
    public void SalaryTextWithANumberThatCannotBeReadRejectsTheOffer(string salary, string reason)
    {
        var rejection = OnlyRejection(Run(salary));

        Assert.Equal((2L, "salaire.libelle"), (rejection.Line, rejection.Column));
        Assert.Contains(reason, rejection.Reason);
    }

    [Theory]
    [InlineData("99999999999999999999999999999 An(s)", "'99999999999999999999999999999' n'est pas un nombre d'années.")]
    [InlineData("٣ An(s)", "'٣' n'est pas un nombre d'années.")]
    [InlineData("１２ Mois", "'１２' n'est pas un nombre d'années.")]
    public void ExperienceWithANumberThatCannotBeReadRejectsTheOffer(string experience, string reason)
    {
        var rejection = OnlyRejection(Run("Mensuel de 1900 Euros", experience));

        Assert.Equal((2L, "experienceLibelle"), (rejection.Line, rejection.Column));
        Assert.Equal(reason, rejection.Reason);
    }

    [Fact]
    public void HoursInDigitsOfAnotherScriptAreNoHours()
    {
        var result = Run("Mensuel de 1900 Euros", hours: "３５H Autre");

        Assert.Equal(1, result.Accepted);
        Assert.Null(Assert.Single(result.Observations.Rows).Observation.WeeklyHours);
    }
}
