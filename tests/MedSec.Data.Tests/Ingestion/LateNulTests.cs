using System.Text;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// The binary check reads the first 8 KB only: a NUL further on (a file cut by a disk or copy error and padded with zeros,
/// binary pasted into a cell) was read, its text stored with the NUL in it. A NUL anywhere refuses the file whole, as in the
/// first 8 KB: a half-imported corrupt file is worse than none, and the message says on which line to look.
/// </summary>
public class LateNulTests
{
    private const string Valid = "2025-03-01;Privé;84;2000;Secrétaire\n";

    private static string FileWithNulAt(int rowsBefore, string nulRow)
    {
        var text = new StringBuilder("Date;Secteur;Région;Salaire;Intitulé du poste\n");
        for (var i = 0; i < rowsBefore; i++) text.Append(Valid);
        return text.Append(nulRow).Append(Valid).ToString();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ANulAfterTheFirst8KbRefusesTheFileAndSaysItsLine(int degree)
    {
        // 400 rows of 37 bytes: the NUL is about 14.8 KB in, past the 8 KB sniff; header line 1, the rows lines 2–401.
        var bytes = Encoding.UTF8.GetBytes(FileWithNulAt(400, "2025-03-01;Privé;84;2000;Secr\0taire\n"));
        Assert.True(bytes.AsSpan().IndexOf((byte)0) > BinaryInput.SniffBytes);

        var result = ObservationPipeline.Run("nul.csv", bytes, FakePayLookups.Instance,
            CsvTextBuilder.Options() with { MaxDegreeOfParallelism = degree });

        Assert.True(result.IsFileRejected);
        Assert.Equal("Ce fichier contient des données binaires (un octet nul à la ligne 402), pas du texte : enregistrez vos données au format CSV.",
            result.FileError);
        Assert.Equal(0, result.Accepted);
    }

    [Fact]
    public void ANulInWindows1252TextRefusesItToo()
    {
        var bytes = InputDecoder.Ansi.GetBytes(FileWithNulAt(400, "2025-03-01;Privé;84;2000\0;Secrétaire\n"));

        var result = ObservationPipeline.Run("nul.csv", bytes, FakePayLookups.Instance, CsvTextBuilder.Options());

        Assert.Equal("Ce fichier contient des données binaires (un octet nul à la ligne 402), pas du texte : enregistrez vos données au format CSV.",
            result.FileError);
    }

    [Fact]
    public void APayrollWithALateNulIsRefusedToo()
    {
        var text = new StringBuilder("Matricule;Salaire de base\n");
        for (var i = 0; i < 1000; i++) text.Append("A").Append(i).Append(";2000\n");
        text.Append("B1;2000\0\n");

        var result = MedSec.Data.Payroll.PayrollPipeline.Run("paie.csv", Encoding.UTF8.GetBytes(text.ToString()));

        Assert.Equal("Ce fichier contient des données binaires (un octet nul à la ligne 1002), pas du texte : enregistrez vos données au format CSV.",
            result.FileError);
    }
}
