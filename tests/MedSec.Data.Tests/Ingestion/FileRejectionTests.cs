using System.Text;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>A file that cannot be an observation file is refused as a whole: nothing of it is accepted.</summary>
public class FileRejectionTests
{
    private static ObservationIngestResult Run(string text) =>
        ObservationPipeline.Run("f.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance, CsvTextBuilder.Options());

    [Theory]
    [InlineData("", "Le fichier est vide.")]
    [InlineData("\n\n  \n", "Le fichier n'a pas de ligne d'en-tête.")]
    [InlineData("nom;prénom;ville\nDupont;Marie;Lyon\n", "En-tête non reconnu : la première ligne ne contient aucune des colonnes d'observation (Date, Secteur, Région, Salaire… ou date, sector, region, pay_amount…).")]
    [InlineData("Date;Secteur;Salaire\n2025-01-01;Privé;2000\n", "Il manque à l'en-tête la colonne obligatoire Région (region).")]
    [InlineData("Date;Sexe\n2025-01-01;F\n", "Il manque à l'en-tête les colonnes obligatoires Secteur (sector), Région (region), Salaire (pay_amount).")]
    [InlineData("Date;Secteur;Région;Salaire;Rémunération\n", "Les colonnes 'Salaire' et 'Rémunération' désignent toutes deux pay_amount : n'en garder qu'une.")]
    public void RefusedFileSaysWhy(string text, string reason)
    {
        var result = Run(text);
        Assert.True(result.IsFileRejected);
        Assert.Equal(reason, result.FileError);
        Assert.Equal(0, result.Accepted);
        Assert.Equal(0, result.Read);
    }

    /// <summary>A file over 2 GB (sparse here: no disk used) is refused for its size; it was said to be a disk or lock
    /// error ("erreur d'entrée-sortie").</summary>
    [Fact]
    public void AFileOverTwoGigabytesIsRefusedForItsSize()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medsec-huge-{Guid.NewGuid():N}.csv");
        try
        {
            using (var stream = File.Create(path)) stream.SetLength(Array.MaxLength + 1L);
            var refused = Assert.Throws<FileRejectedException>(() => InputFile.Read(path));
            Assert.StartsWith("Fichier trop volumineux : plus de 2 Go", refused.Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A spreadsheet saved as .xlsx (a ZIP) or .xls is refused for what it is, by every reader: read as
    /// Windows-1252 text, it was refused as having no known column, which sends the user to their column names.</summary>
    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, "un classeur Excel (.xlsx), un document Office ou une archive ZIP")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, "un classeur Excel ancien (.xls) ou un document Office")]
    public void ASpreadsheetIsRefusedForWhatItIs(byte[] bytes, string what)
    {
        var expected = $"Ce fichier est {what}, pas un fichier texte : enregistrez vos données au format CSV.";

        Assert.Equal(expected, ObservationPipeline.Run("paie.xlsx", bytes, FakePayLookups.Instance).FileError);
        Assert.Equal(expected, MedSec.Data.Payroll.PayrollPipeline.Run("paie.xlsx", bytes).FileError);
        Assert.Equal(expected, Assert.Throws<FileRejectedException>(() => MedSec.Data.JobAds.JobAdFileReader.Read("offres.xlsx", bytes)).Reason);
    }

    [Fact]
    public void BinaryBytesAreARefusedFileNotAnException()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var result = ObservationPipeline.Run("image.png", bytes, FakePayLookups.Instance);
        Assert.True(result.IsFileRejected);
    }

    [Fact]
    public void HeaderOnlyFileIsReadWithNoRecords()
    {
        var result = Run("Date;Secteur;Région;Salaire\r\n");
        Assert.False(result.IsFileRejected);
        Assert.Equal(0, result.Read);
    }
}
