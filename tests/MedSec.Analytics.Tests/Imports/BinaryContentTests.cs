using System.Text;
using MedSec.Analytics.Imports;
using MedSec.Data.Store;
using MedSec.Domain;

namespace MedSec.Analytics.Tests.Imports;

/// <summary>
/// Bytes that are not text (a NUL outside UTF-16, or control bytes throughout) are refused whole by every import, in the
/// dashboard's words, whatever the format asked: the command line read them as Windows-1252 ('En-tête non reconnu', or a
/// NUL stored inside a job title and a reason "'18␀50' n'est pas un montant" printed as '1850'), and the grid page's
/// payroll upload said "ce n'est pas un fichier de paie".
/// </summary>
public class BinaryContentTests
{
    private const string Refusal = "Ce fichier contient des données binaires, pas du texte : enregistrez vos données au format CSV.";

    public static TheoryData<string, ImportFormat> Inputs()
    {
        var data = new TheoryData<string, ImportFormat>();
        foreach (var format in Enum.GetValues<ImportFormat>())
        {
            data.Add("nul", format);
            data.Add("controls", format);
        }
        return data;
    }

    private static byte[] Content(string kind) => kind switch
    {
        "nul" => Encoding.UTF8.GetBytes("Date;Secteur;Région;Salaire;Matricule;Salaire de base brut\n2025-03-01;Privé;84;18\u000050;A1;1900\n"),
        _ => [.. Enumerable.Range(0, 400).Select(i => (byte)(1 + i % 31))],
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ContentThatIsNotTextIsRefusedWholeAndNothingIsStored(string kind, ImportFormat format)
    {
        using var f = new ImportFixture();

        var e = Assert.Throws<MedSecInputException>(() => f.Service.Import("donnees.csv", Content(kind), new ImportOptions(format)));

        Assert.Equal($"donnees.csv : {Refusal}", e.Message);
        using var store = ObservationStore.Open(f.DatabasePath);
        Assert.Empty(store.Imports());
    }
}
