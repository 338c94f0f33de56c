using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// What a pay header or an amount says of the pay's kind (brut, net) and basis (mois, an, heure). A « Salaire net » header
/// left the file refused for lacking Salaire; « 1850 euros », « 1 850 € / mois » or « 12,50 € de l'heure » were « pas un
/// montant »; « 1850 N » read as net. Now a header or an amount that names a kind or a basis gives it to the record when
/// its column is empty, and the record is rejected, naming both, when they disagree. The expected values are the words'
/// meanings.
/// </summary>
public class PayWordsTests
{
    private static ObservationIngestResult Run(string header, string row) =>
        new CsvTextBuilder(header).Row(row).Run();

    private static Observation Accepted(string header, string row)
    {
        var result = Run(header, row);
        Assert.Null(result.FileError);
        Assert.Empty(result.Rejections);
        return Assert.Single(result.Observations.Rows).Observation;
    }

    private static Rejection Rejected(string header, string row)
    {
        var result = Run(header, row);
        Assert.Null(result.FileError);
        Assert.Equal(1, result.Read);
        Assert.Equal(0, result.Accepted);
        return Assert.Single(result.Rejections);
    }

    [Theory]
    [InlineData("Salaire net")]
    [InlineData("Salaire net mensuel")]
    [InlineData("Salaire mensuel net")]
    [InlineData("Net mensuel")]
    [InlineData("Rémunération nette")]
    public void ANetPayHeaderIsTheSalaryAndMakesItsAmountsNet(string header)
    {
        var observation = Accepted($"Date;Secteur;Région;{header}", "2025-03-01;Privé;84;1 500,00");
        Assert.Equal(1500m, observation.PayAmount);
        Assert.Equal(PayKind.Net, observation.PayKind);
        Assert.Equal(PayBasis.Monthly, observation.PayBasis);
    }

    [Theory]
    [InlineData("", PayKind.Net)]
    [InlineData("Net", PayKind.Net)]
    [InlineData("nette", PayKind.Net)]
    public void UnderANetHeaderAnEmptyOrAgreeingColumnIsNet(string kind, PayKind expected) =>
        Assert.Equal(expected, Accepted("Date;Secteur;Région;Salaire net;Brut/Net", $"2025-03-01;Privé;84;1500;{kind}").PayKind);

    [Fact]
    public void AColumnThatContradictsTheHeaderIsRejectedNamingBoth()
    {
        var rejection = Rejected("Date;Secteur;Région;Salaire net;Brut/Net", "2025-03-01;Privé;84;1500;Brut");
        Assert.Equal((2L, "Brut/Net"), (rejection.Line, rejection.Column));
        Assert.Equal("L'en-tête 'Salaire net' dit net, mais la colonne Brut/Net dit 'Brut' : les deux se contredisent.", rejection.Reason);
    }

    [Fact]
    public void AGrossHeaderContradictedByTheColumnIsRejectedToo()
    {
        var rejection = Rejected("Date;Secteur;Région;Salaire brut mensuel;Brut/Net", "2025-03-01;Privé;84;1500;Net");
        Assert.Equal("L'en-tête 'Salaire brut mensuel' dit brut, mais la colonne Brut/Net dit 'Net' : les deux se contredisent.", rejection.Reason);
    }

    [Fact]
    public void AnAmountWordThatContradictsTheHeaderIsRejectedNamingBoth()
    {
        var rejection = Rejected("Date;Secteur;Région;Salaire brut", "2025-03-01;Privé;84;1850 € net");
        Assert.Equal((2L, "Salaire brut"), (rejection.Line, rejection.Column));
        Assert.Equal("Le salaire '1850 € net' est net, mais l'en-tête 'Salaire brut' dit brut : les deux se contredisent.", rejection.Reason);
    }

    [Fact]
    public void AMonthlyHeaderContradictedByTheBaseColumnIsRejected()
    {
        var rejection = Rejected("Date;Secteur;Région;Salaire brut mensuel;Base", "2025-03-01;Privé;84;12,50;Horaire");
        Assert.Equal((2L, "Base"), (rejection.Line, rejection.Column));
        Assert.Equal("L'en-tête 'Salaire brut mensuel' dit mensuel, mais la colonne Base dit 'Horaire' : les deux se contredisent.", rejection.Reason);
    }

    private const string Header = "Date;Secteur;Région;Salaire;Brut/Net;Base";

    [Theory]
    [InlineData("1850 euros", "", "", 1850, PayKind.Gross, PayBasis.Monthly)]
    [InlineData("1850 Euros", "", "", 1850, PayKind.Gross, PayBasis.Monthly)]
    [InlineData("1850 euro", "", "", 1850, PayKind.Gross, PayBasis.Monthly)]
    [InlineData("1850 euros brut", "", "", 1850, PayKind.Gross, PayBasis.Monthly)]
    [InlineData("1 850,50 euros nets", "", "", 1850.50, PayKind.Net, PayBasis.Monthly)]
    [InlineData("1850 EUR net", "", "", 1850, PayKind.Net, PayBasis.Monthly)]
    [InlineData("1 850 € / mois", "", "", 1850, PayKind.Gross, PayBasis.Monthly)]
    [InlineData("1850€/mois", "", "Mensuel", 1850, PayKind.Gross, PayBasis.Monthly)]
    [InlineData("1850 € par mois", "Brut", "", 1850, PayKind.Gross, PayBasis.Monthly)]
    [InlineData("1850 € mensuel", "", "", 1850, PayKind.Gross, PayBasis.Monthly)]
    [InlineData("20 € / mois", "nette", "", 20, PayKind.Net, PayBasis.Monthly)]
    [InlineData("1850 € net par mois", "", "", 1850, PayKind.Net, PayBasis.Monthly)]
    [InlineData("1850 € par mois net", "", "", 1850, PayKind.Net, PayBasis.Monthly)]
    [InlineData("12,50 € de l'heure", "", "", 12.50, PayKind.Gross, PayBasis.Hourly)]
    [InlineData("12,50 € brut de l'heure", "", "Horaire", 12.50, PayKind.Gross, PayBasis.Hourly)]
    [InlineData("24 000 € par an", "", "", 24000, PayKind.Gross, PayBasis.Annual)]
    [InlineData("24 000 euros brut / an", "", "annuel", 24000, PayKind.Gross, PayBasis.Annual)]
    public void AnAmountWithEurosItsKindAndItsBasisIsRead(string amount, string kind, string basis, double expected,
        PayKind expectedKind, PayBasis expectedBasis)
    {
        var observation = Accepted(Header, $"2025-03-01;Privé;84;{amount};{kind};{basis}");
        Assert.Equal((decimal)expected, observation.PayAmount);
        Assert.Equal(expectedKind, observation.PayKind);
        Assert.Equal(expectedBasis, observation.PayBasis);
    }

    [Fact]
    public void AnAmountWhoseBasisContradictsTheBaseColumnIsRejectedNamingBoth()
    {
        var rejection = Rejected(Header, "2025-03-01;Privé;84;1850 € / mois;;Horaire");
        Assert.Equal((2L, "Salaire"), (rejection.Line, rejection.Column));
        Assert.Equal("Le salaire '1850 € / mois' est mensuel, mais la colonne Base dit 'Horaire' : les deux se contredisent.", rejection.Reason);
    }

    /// <summary>The Brut/Net column's one-letter codes are not an amount's word: « 1850 N » read as 1 850 € net.</summary>
    [Theory]
    [InlineData("1850 N")]
    [InlineData("1850 B")]
    [InlineData("1850 € n")]
    [InlineData("1850 euros bruts bruts")]
    [InlineData("1850 € / semaine")]
    public void AnAmountWithAnotherWordIsNotAnAmount(string amount)
    {
        var rejection = Rejected(Header, $"2025-03-01;Privé;84;{amount};;");
        Assert.Equal("Salaire", rejection.Column);
        Assert.Equal($"'{amount}' n'est pas un montant.", rejection.Reason);
    }

    /// <summary>French words for each kind and basis, and pay headers with what they state, as this test reads them.</summary>
    private static readonly (string Word, PayKind Kind)[] KindWords =
        [("brut", PayKind.Gross), ("Brute", PayKind.Gross), ("net", PayKind.Net), ("nette", PayKind.Net)];

    private static readonly (string Word, PayBasis Basis)[] AmountBases =
        [("par mois", PayBasis.Monthly), ("/ mois", PayBasis.Monthly), ("de l'heure", PayBasis.Hourly), ("par an", PayBasis.Annual)];

    private static readonly (string Word, PayBasis Basis)[] BaseColumn =
        [("Mensuel", PayBasis.Monthly), ("Horaire", PayBasis.Hourly), ("Annuel", PayBasis.Annual)];

    private static readonly (string Header, PayKind? Kind, PayBasis? Basis)[] Headers =
    [
        ("Salaire", null, null), ("Salaire brut", PayKind.Gross, null), ("Salaire net", PayKind.Net, null),
        ("Salaire brut mensuel", PayKind.Gross, PayBasis.Monthly), ("Salaire net mensuel", PayKind.Net, PayBasis.Monthly),
    ];

    private static Gen<(string Text, T? Value)> Optional<T>((string, T)[] words) where T : struct =>
        Gen.Frequency((1, Gen.Constant(("", (T?)null))), (2, Gen.Elements(words).Select(w => (w.Item1, (T?)w.Item2))));

    /// <summary>The header, the Brut/Net and Base columns and the amount's words each may state a kind and a basis: a record
    /// is accepted exactly when all that are stated agree, with the stated kind and basis (gross and monthly when none is).
    /// Fixed seed.</summary>
    [Property(MaxTest = 300, Replay = "(2023,971)")]
    public Property ARecordIsAcceptedExactlyWhenWhatIsStatedAgrees() =>
        Prop.ForAll(Arb.From(
            from header in Gen.Elements(Headers)
            from columnKind in Optional(KindWords)
            from columnBasis in Optional(BaseColumn)
            from amountKind in Optional(KindWords)
            from amountBasis in Optional(AmountBases)
            from kindFirst in Gen.Elements(true, false)
            select (header, columnKind, columnBasis, amountKind, amountBasis, kindFirst)), t =>
        {
            var words = t.kindFirst ? $"{t.amountKind.Text} {t.amountBasis.Text}" : $"{t.amountBasis.Text} {t.amountKind.Text}";
            var result = Run($"Date;Secteur;Région;{t.header.Header};Brut/Net;Base",
                $"2025-03-01;Privé;84;20 € {words.Trim()};{t.columnKind.Text};{t.columnBasis.Text}");
            var kinds = new[] { t.header.Kind, t.columnKind.Value, t.amountKind.Value }.OfType<PayKind>().Distinct().ToList();
            var bases = new[] { t.header.Basis, t.columnBasis.Value, t.amountBasis.Value }.OfType<PayBasis>().Distinct().ToList();

            Assert.Equal(1, result.Read);
            if (kinds.Count > 1 || bases.Count > 1)
            {
                Assert.Single(result.Rejections);
                return;
            }
            var observation = Assert.Single(result.Observations.Rows).Observation;
            Assert.Equal(kinds.DefaultIfEmpty(PayKind.Gross).Single(), observation.PayKind);
            Assert.Equal(bases.DefaultIfEmpty(PayBasis.Monthly).Single(), observation.PayBasis);
        });
}
