using MedSec.Analytics.Imports;
using MedSec.Data.Store;
using MedSec.Domain;

namespace MedSec.Analytics.Tests.Imports;

/// <summary>
/// A quote never closed on line 3: the import service stored the row of line 2 and rejected the rest as one record, so
/// importing the corrected file (another SHA-256) stored that row a second time. Every format now refuses the file whole,
/// at the quote's line, and nothing is stored.
/// </summary>
public class UnclosedQuoteImportTests
{
    public static TheoryData<ImportFormat, string> Files() => new()
    {
        { ImportFormat.Observations,
            "Date;Secteur;Région;Salaire\r\n15/03/2025;Privé;84;2000\r\n15/03/2025;\"Privé;84;2000\r\n15/03/2025;Privé;84;2000\r\n" },
        { ImportFormat.Payroll,
            "Matricule;Sexe;Salaire de base brut\r\nA001;F;2 150,00\r\nA002;\"F;2 150,00\r\nA003;F;2 150,00\r\n" },
        { ImportFormat.JobAds,
            "id|intitule|dateCreation|romeCode|lieuTravail.codePostal|salaire.libelle\n" +
            "A1|Secrétaire médicale|2025-05-15T11:12:17.043Z|M1609|07500|Mensuel de 1900.0 Euros\n" +
            "A2|\"Secrétaire médicale|2025-05-15T11:12:17.043Z|M1609|07500|Mensuel de 1900.0 Euros\n" +
            "A3|Secrétaire médicale|2025-05-15T11:12:17.043Z|M1609|07500|Mensuel de 1900.0 Euros\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void AnUnclosedQuoteRefusesTheFileAtItsLineAndNothingIsStored(ImportFormat format, string text)
    {
        using var f = new ImportFixture();

        var e = Assert.Throws<MedSecInputException>(() => f.Service.Import("donnees.csv", System.Text.Encoding.UTF8.GetBytes(text), new ImportOptions(format)));

        Assert.Equal("donnees.csv : Guillemet ouvert à la ligne 3 et jamais refermé : la suite du fichier serait lue comme un seul champ, " +
            "rien n'est importé. Refermez-le (un guillemet dans le texte s'écrit \"\") puis importez de nouveau le fichier.", e.Message);
        using var store = ObservationStore.Open(f.DatabasePath);
        Assert.Empty(store.Imports());
    }
}
