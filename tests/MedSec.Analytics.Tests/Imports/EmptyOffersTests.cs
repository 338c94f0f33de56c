using System.Text;
using MedSec.Analytics.Imports;
using MedSec.Data.Store;
using MedSec.Domain;

namespace MedSec.Analytics.Tests.Imports;

/// <summary>
/// A JSON file of offers with none in it is refused in its own words: it has no header, and was refused as "aucun
/// enregistrement sous l'en-tête", which sends the user looking for one.
/// </summary>
public class EmptyOffersTests
{
    [Theory]
    [InlineData("offres.json", "{\"resultats\": []}")]
    [InlineData("offres.json", "[]")]
    public void AJsonFileWithoutOffersIsRefusedAsHavingNoOffer(string name, string text)
    {
        using var f = new ImportFixture();

        var e = Assert.Throws<MedSecInputException>(() =>
            f.Service.Import(name, Encoding.UTF8.GetBytes(text), new ImportOptions(ImportFormat.JobAds)));

        Assert.Equal($"{name} : aucune offre dans le fichier, rien à importer.", e.Message);
        using var store = ObservationStore.Open(f.DatabasePath);
        Assert.Empty(store.Imports());
    }
}
