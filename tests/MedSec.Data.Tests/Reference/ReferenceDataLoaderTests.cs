using MedSec.Data.Reference;

namespace MedSec.Data.Tests.Reference;

public sealed class ReferenceDataLoaderTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    [Fact]
    public void LoadsEveryRowOfEveryBundledTable()
    {
        var data = fixture.Data;
        int Rows(string file) => RawCsv.Rows(Path.Combine(TestPaths.BundledReference, file)).Count;

        Assert.Equal(Rows("fph_grids.csv"), data.Grids.Count);
        Assert.Equal(Rows("point_indice.csv"), data.PointValues.Count);
        Assert.Equal(Rows("minimum_traitement.csv"), data.MinimumIndexes.Count);
        Assert.Equal(Rows("smic.csv"), data.Smic.Count);
        Assert.Equal(Rows("smic_mayotte.csv"), data.MayotteSmic.Count);
        Assert.Equal(Rows("agreement_minima.csv"), data.AgreementMinima.Count);
        Assert.Equal(Rows("fph_supplements.csv"), data.Supplements.Count);
        Assert.Equal(Rows("contribution_rates.csv"), data.Contributions.Count);
        Assert.Equal(Rows("pss.csv"), data.SocialSecurityCeilings.Count);
    }

    [Fact]
    public void KeepsStatusAndNoteOfEachRow()
    {
        var data = fixture.Data;

        Assert.Contains(data.Grids, g => g.Status == "derived" && g.Note is not null && g.Note.Contains("2023-519"));
        Assert.Contains(data.AgreementMinima, m => m.Status == "inferred");
        Assert.All(data.Smic, s => Assert.Equal("sourced", s.Status));
    }

    [Fact]
    public void QuotedFieldsAreReadUnescaped()
    {
        var secretary = fixture.Data.AgreementMinima.First(m => m.Level == "5" && m.JobLabel is not null);

        Assert.StartsWith("Secrétaire médical(e) = emploi repère \"Assistant(e) médical(e) et médico-technique\"", secretary.JobLabel);
    }

    [Fact]
    public void AMissingDirectoryIsNamedInTheError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "medsec-no-such-dir-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataLoader.Load(missing));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void BundlesSourcesMdBesideTheTables()
    {
        var sources = File.ReadAllText(Path.Combine(TestPaths.BundledReference, "SOURCES.md"));

        foreach (var csv in Directory.EnumerateFiles(TestPaths.BundledReference, "*.csv"))
            Assert.Contains("## " + Path.GetFileName(csv), sources);
    }
}
