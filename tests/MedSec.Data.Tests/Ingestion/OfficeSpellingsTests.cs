using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// Values as French offices type them (feminine, plural, capitals without accents, "(e)"), read as the words they are:
/// "Privée" in a sector column was refused as « Secteur 'Privée' inconnu ». The expected codes are the French words'
/// meanings, not the reader's tables.
/// </summary>
public class OfficeSpellingsTests
{
    private const string Header = "Date;Secteur;Région;Salaire;Brut/Net;Base;Type d'employeur;Contrat;Sexe;Expérience";

    private static Observation Accepted(string sector = "Privé", string amount = "2000", string kind = "", string basis = "",
        string employer = "", string contract = "", string sex = "", string experience = "")
    {
        var result = new CsvTextBuilder(Header)
            .Row($"2025-03-01;{sector};84;{amount};{kind};{basis};{employer};{contract};{sex};{experience}").Run();
        Assert.Null(result.FileError);
        Assert.Empty(result.Rejections);
        return Assert.Single(result.Observations.Rows).Observation;
    }

    private static Rejection Rejected(string amount, string kind = "", string experience = "")
    {
        var result = new CsvTextBuilder(Header).Row($"2025-03-01;Privé;84;{amount};{kind};;;;;{experience}").Run();
        Assert.Equal(1, result.Read);
        return Assert.Single(result.Rejections);
    }

    [Theory]
    [InlineData("Privée", Sector.Private)]
    [InlineData("PRIVEE", Sector.Private)]
    [InlineData("privé(e)", Sector.Private)]
    [InlineData("Secteur privée", Sector.Private)]
    [InlineData("Libérale", Sector.Private)]
    [InlineData("Publique", Sector.Public)]
    [InlineData("PUBLIQUE", Sector.Public)]
    public void SectorSpellings(string value, Sector expected) => Assert.Equal(expected, Accepted(sector: value).Sector);

    [Theory]
    [InlineData("Salaire brut", PayKind.Gross)]
    [InlineData("SALAIRE NET", PayKind.Net)]
    [InlineData("Bruts", PayKind.Gross)]
    [InlineData("Nets", PayKind.Net)]
    [InlineData("en brut", PayKind.Gross)]
    public void GrossOrNetSpellings(string value, PayKind expected) => Assert.Equal(expected, Accepted(kind: value).PayKind);

    [Theory]
    [InlineData("Mensuelle", PayBasis.Monthly)]
    [InlineData("Annuelle", PayBasis.Annual)]
    [InlineData("à l'heure", PayBasis.Hourly)]
    public void BasisSpellings(string value, PayBasis expected) => Assert.Equal(expected, Accepted(basis: value).PayBasis);

    [Theory]
    [InlineData("Médico-sociale", EmployerType.MedicoSocial)]
    [InlineData("Structure médico-sociale", EmployerType.MedicoSocial)]
    [InlineData("Hôpital public", EmployerType.Hopital)]
    public void EmployerSpellings(string value, EmployerType expected) => Assert.Equal(expected, Accepted(employer: value).Employer);

    [Theory]
    [InlineData("Contractuelle", ContractType.Cdd)]
    [InlineData("Intérimaire", ContractType.Interim)]
    [InlineData("Titulaire", ContractType.Cdi)]
    [InlineData("Auto-entrepreneuse", ContractType.Freelance)]
    [InlineData("Libérale", ContractType.Freelance)]
    public void ContractSpellings(string value, ContractType expected) => Assert.Equal(expected, Accepted(contract: value).Contract);

    [Theory]
    [InlineData("Féminine", Gender.Female)]
    [InlineData("Mme", Gender.Female)]
    [InlineData("Madame", Gender.Female)]
    [InlineData("Masculine", Gender.Male)]
    [InlineData("Monsieur", Gender.Male)]
    [InlineData("Mr", Gender.Male)]
    public void SexSpellings(string value, Gender expected) => Assert.Equal(expected, Accepted(sex: value).Gender);

    /// <summary>"Salaire brut mensuel" heads the pay column of many exports: the file was refused whole for lacking Salaire.
    /// A gross monthly header agrees with the defaults (empty Brut/Net = gross, empty Base = monthly).</summary>
    [Theory]
    [InlineData("Salaire brut mensuel")]
    [InlineData("Salaire mensuel brut")]
    [InlineData("Salaire brut")]
    [InlineData("Brut mensuel")]
    public void GrossMonthlyPayHeaders(string header)
    {
        var result = new CsvTextBuilder($"Date;Secteur;Région;{header}").Row("2025-03-01;Privé;84;1 850,50").Run();
        Assert.Null(result.FileError);
        var observation = Assert.Single(result.Observations.Rows).Observation;
        Assert.Equal(1850.50m, observation.PayAmount);
        Assert.Equal(PayKind.Gross, observation.PayKind);
        Assert.Equal(PayBasis.Monthly, observation.PayBasis);
    }

    /// <summary>An amount carrying its own word ("1850 € brut"): read with that word when the Brut/Net column is empty or
    /// says the same; it was refused as « '1850 € brut' n'est pas un montant ».</summary>
    [Theory]
    [InlineData("1850 € brut", "", 1850, PayKind.Gross)]
    [InlineData("1 850,50 € net", "", 1850.50, PayKind.Net)]
    [InlineData("1850 € brut", "Brut", 1850, PayKind.Gross)]
    [InlineData("1850 brute", "brut", 1850, PayKind.Gross)]
    [InlineData("1850€ NET", "Nette", 1850, PayKind.Net)]
    public void AnAmountWithItsGrossOrNetWord(string amount, string kind, double expected, PayKind expectedKind)
    {
        var observation = Accepted(amount: amount, kind: kind);
        Assert.Equal((decimal)expected, observation.PayAmount);
        Assert.Equal(expectedKind, observation.PayKind);
    }

    [Fact]
    public void AnAmountWhoseWordContradictsTheGrossOrNetColumnIsRejectedNamingBoth()
    {
        var rejection = Rejected("1850 € net", kind: "Brut");
        Assert.Equal(2, rejection.Line);
        Assert.Equal("Salaire", rejection.Column);
        Assert.Equal("Le salaire '1850 € net' est net, mais la colonne Brut/Net dit 'Brut' : les deux se contredisent.", rejection.Reason);
    }

    [Theory]
    [InlineData("brut")]
    [InlineData("1850 € brut brut")]
    public void AWordThatIsNotGrossOrNetAfterAnAmountIsStillNoAmount(string amount) =>
        Assert.Equal($"'{amount}' n'est pas un montant.", Rejected(amount).Reason);

    /// <summary>Experience in years and months as people write it: a year is 12 months, kept to the hundredth of a year as
    /// the job ads' "6 Mois" is.</summary>
    [Theory]
    [InlineData("4 ans", 4)]
    [InlineData("1 an", 1)]
    [InlineData("4ans", 4)]
    [InlineData("2,5 ans", 2.5)]
    [InlineData("4 ans 6 mois", 4.5)]
    [InlineData("4 ans et 6 mois", 4.5)]
    [InlineData("6 mois", 0.5)]
    [InlineData("18 mois", 1.5)]
    [InlineData("1 an 1 mois", 1.08)]
    [InlineData("10 ANS", 10)]
    [InlineData("3 années", 3)]
    public void ExperienceWithItsUnit(string text, double expected) =>
        Assert.Equal((decimal)expected, Accepted(experience: text).ExperienceYears);

    [Theory]
    [InlineData("quatre ans", "'quatre ans' n'est pas un nombre d'années.")]
    [InlineData("4 ans 12 mois", "'4 ans 12 mois' n'est pas un nombre d'années.")]
    [InlineData("4 mois 2 ans", "'4 mois 2 ans' n'est pas un nombre d'années.")]
    [InlineData("ans", "'ans' n'est pas un nombre d'années.")]
    [InlineData("70 ans", "Expérience de 70 ans hors de l'intervalle 0 à 60 ans.")]
    public void ExperienceThatIsNoDurationOrTooLong(string text, string reason) =>
        Assert.Equal(reason, Rejected("2000", experience: text).Reason);
}
