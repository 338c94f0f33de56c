using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>Every record ends accepted or rejected, and a rejection names the line, the column and the reason.</summary>
public class RejectionTests
{
    private static Rejection Single(string row)
    {
        var result = CsvTextBuilder.French().Row(row).Run();
        Assert.Null(result.FileError);
        Assert.Equal(1, result.Read);
        return Assert.Single(result.Rejections);
    }

    [Theory]
    [InlineData("31/02/2025;Privé;84;2000;Mensuel;Brut;35;CDI", "Date", "'31/02/2025' n'est pas une date : février 2025 n'a que 28 jours.")]
    [InlineData("2031-01-01;Privé;84;2000;Mensuel;Brut;35;CDI", "Date", "Date 2031-01-01 dans le futur.")]
    [InlineData("1985-01-01;Privé;84;2000;Mensuel;Brut;35;CDI", "Date", "Date 1985-01-01 antérieure au 1990-01-01.")]
    [InlineData(";Privé;84;2000;Mensuel;Brut;35;CDI", "Date", "Date manquante.")]
    [InlineData("2025-03-01;Libéral-ish;84;2000;Mensuel;Brut;35;CDI", "Secteur", "Secteur 'Libéral-ish' inconnu : attendu public, private ou remote (Public, Privé, Télésecrétariat).")]
    [InlineData("2025-03-01;Privé;99;2000;Mensuel;Brut;35;CDI", "Région", "Région '99' inconnue : attendu un code INSEE de région (11, 24 … 94, 01 … 06) ou un nom de région.")]
    [InlineData("2025-03-01;Privé;84;deux mille;Mensuel;Brut;35;CDI", "Salaire", "'deux mille' n'est pas un montant.")]
    [InlineData("2025-03-01;Privé;84;-5;Mensuel;Brut;35;CDI", "Salaire", "Montant de -5,00 € : attendu un montant positif.")]
    [InlineData("2025-03-01;Privé;84;2000;Hebdo;Brut;35;CDI", "Base", "Base 'Hebdo' inconnue : attendu Mensuel, Annuel ou Horaire (monthly, annual, hourly).")]
    [InlineData("2025-03-01;Privé;84;2000;Mensuel;Brutto;35;CDI", "Brut/Net", "'Brutto' n'est ni Brut ni Net.")]
    [InlineData("2025-03-01;Privé;84;2000;Mensuel;Brut;60;CDI", "Heures hebdo", "Durée hebdomadaire de 60 h hors de l'intervalle ]0 ; 48] h.")]
    [InlineData("2025-03-01;Privé;84;2000;Mensuel;Brut;35;Stage", "Contrat", "Contrat 'Stage' inconnu : attendu cdi, cdd, interim, freelance.")]
    [InlineData("2019-03-01;Privé;84;2000;Mensuel;Net;35;CDI", "Brut/Net", "Conversion net → brut impossible au 2019-03-01 : Aucune règle de paie avant 2020 (2019-03-01).")]
    public void BadValueIsRejectedWithColumnAndReason(string row, string column, string reason)
    {
        var rejection = Single(row);
        Assert.Equal(2, rejection.Line);
        Assert.Equal(column, rejection.Column);
        Assert.Equal(reason, rejection.Reason);
    }

    [Fact]
    public void FieldCountMismatchIsRejected()
    {
        var tooFew = Single("2025-03-01;Privé;84;2000;Mensuel;Brut");
        Assert.Equal("Heures hebdo", tooFew.Column);
        Assert.Equal("L'enregistrement a 6 champs, l'en-tête en a 8.", tooFew.Reason);

        var tooMany = Single("2025-03-01;Privé;84;2000;Mensuel;Brut;35;CDI;oops");
        Assert.Equal(Rejection.WholeRecord, tooMany.Column);
    }

    [Fact]
    public void TrailingEmptyFieldsAreTolerated()
    {
        var result = CsvTextBuilder.French().Row("2025-03-01;Privé;84;2000;Mensuel;Brut;35;CDI;;").Run();
        Assert.Equal(1, result.Accepted);
    }

    /// <summary>A header ending in separators has 8 columns, not 10 (data/README.md: empty names after the last named
    /// column are not columns): a record without those separators has the header's fields, and a value under them is an
    /// extra field, refused as one (it was stored without it, its value lost).</summary>
    [Fact]
    public void TheHeadersTrailingSeparatorsAreNoColumns()
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Base;Brut/Net;Heures hebdo;Contrat;;")
            .Row("2025-03-01;Privé;84;2000;Mensuel;Brut;35;CDI")
            .Row("2025-03-01;Privé;84;2100;Mensuel;Brut;35;CDI;;")
            .Row("2025-03-01;Privé;84;2200;Mensuel;Brut;35;CDI;;prime 300 €")
            .Row("2025-03-01;Privé;84;2300;Mensuel;Brut;35")
            .Run();

        Assert.Equal([2000m, 2100m], result.Observations.Rows.Select(r => r.Observation.PayAmount));
        Assert.Equal(
            [
                (4L, Rejection.WholeRecord, "L'enregistrement a 10 champs, l'en-tête en a 8."),
                (5L, "Contrat", "L'enregistrement a 7 champs, l'en-tête en a 8."),
            ],
            result.Rejections.Select(r => (r.Line, r.Column, r.Reason)));
    }

    [Fact]
    public void AColumnWithoutANameAmongNamedOnesIsKeptAsideNotLost()
    {
        // The auditor's header "…;Note;Note;;Note " with values a;b;c;d lost c; a trailing separator is still no column.
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Base;Brut/Net;Heures hebdo;Contrat;Note;Note;;Note ;")
            .Row("2025-03-01;Privé;84;2000;Mensuel;Brut;35;CDI;a;b;c;d;").Run();

        Assert.Equal(["Note", "Note (2)", "Colonne 11", "Note (3)"], result.UnknownColumns);
        var extra = Assert.Single(result.Observations.Rows).Extra;
        Assert.Equal(("a", "b", "c", "d"), (extra["Note"], extra["Note (2)"], extra["Colonne 11"], extra["Note (3)"]));
    }

    [Fact]
    public void TextAfterAClosingQuoteRejectsTheRecord()
    {
        var rejection = Single("2025-03-01;\"Privé\"x;84;2000;Mensuel;Brut;35;CDI");
        Assert.Equal(Rejection.WholeRecord, rejection.Column);
        Assert.Equal("Guillemets mal formés : du texte suit le guillemet fermant d'un champ.", rejection.Reason);
    }

    [Fact]
    public void RejectionLinesArePhysicalLinesAfterMultiLineRecords()
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Intitulé du poste")
            .Row("2025-03-01;Privé;84;2000;\"Secrétaire\nmédicale\n(bloc)\"")
            .Row("")
            .Row("2025-03-01;Privé;84;abc;Secrétaire")
            .Row("2025-03-01;Privé;84;2000;\"Secrétaire\"")
            .Row("2025-03-01;Privé;84;;Secrétaire")
            .Run();
        Assert.Equal(4, result.Read);
        Assert.Equal([(6L, "Salaire"), (8L, "Salaire")], result.Rejections.Select(r => (r.Line, r.Column)));
        Assert.Equal([2L, 7L], result.Observations.Rows.Select(r => r.Line));
    }

    [Fact]
    public void OnlyTheFirstFaultOfARecordIsReported()
    {
        var rejection = Single("2025-13-01;Bof;99;x;Mensuel;Brut;35;CDI");
        Assert.Equal("Date", rejection.Column);
    }

    [Fact]
    public void GradeOutsideThePublicSectorIsRejected()
    {
        var result = new CsvTextBuilder("Date;Secteur;Région;Salaire;Grade;Échelon")
            .Row("2025-03-01;Privé;84;2000;AMA-CN;3")
            .Row("2025-03-01;Public;84;2000;;3")
            .Row("2025-03-01;Public;84;2000;AMA-XX;3")
            .Row("2025-03-01;Public;84;2000;aah-c2;3")
            .Run();
        Assert.Equal(
            [("Grade", "Un grade ne s'applique qu'au secteur public."), ("Échelon", "Un échelon demande un grade."),
             ("Grade", "Grade 'AMA-XX' inconnu : attendu AMA-CN, AMA-CS, AMA-CE, AAH-C1, AAH-C2, AAH-C3.")],
            result.Rejections.Select(r => (r.Column, r.Reason)));
        Assert.Equal(1, result.Accepted);
    }
}
