using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Geography;
using MedSec.Data.Ingestion;
using MedSec.Data.Tests.Reference;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// A département must lie in the record's région (INSEE COG, data/reference/departements.csv) when the reader has the
/// geography, as every import of the product does; a reader without it checks the code's form only.
/// </summary>
public class DepartementConsistencyTests
{
    private static readonly FrenchGeography Geography = FrenchGeography.Load(TestPaths.BundledReference);

    private static ObservationPipelineOptions Options(FrenchGeography? geography = null, int threads = 1) =>
        new(new ObservationReaderOptions(Today: new DateOnly(2026, 11, 22), Geography: geography ?? Geography), MaxDegreeOfParallelism: threads);

    private static CsvTextBuilder File() => new("Date;Secteur;Région;Département;Salaire;Base");

    [Theory]
    [InlineData("53", "35")]
    [InlineData("Bretagne", "29")]
    [InlineData("11", "75")]
    [InlineData("94", "2A")]
    [InlineData("94", "2b")]
    [InlineData("84", "7")]
    [InlineData("04", "974")]
    [InlineData("La Réunion", "974")]
    [InlineData("06", "976")]
    public void ADepartementOfTheRegionIsAccepted(string region, string departement)
    {
        var result = File().Row($"2025-03-01;Privé;{region};{departement};2100;Mensuel").Run(Options());
        Assert.Empty(result.Rejections);
        Assert.Equal(1, result.Accepted);
    }

    [Fact]
    public void ADepartementOfAnotherRegionIsRejectedWithBothRegionsNamed()
    {
        var result = File()
            .Row("2025-03-01;Privé;53;35;2100;Mensuel")
            .Row("2025-03-01;Privé;53;75;2100;Mensuel")
            .Row("2025-03-01;Privé;Occitanie;974;2100;Mensuel")
            .Run(Options());
        Assert.Equal(3, result.Read);
        Assert.Equal(1, result.Accepted);
        Assert.Equal([3L, 4L], result.Rejections.Select(r => r.Line));
        Assert.All(result.Rejections, r => Assert.Equal("Département", r.Column));
        Assert.Equal(
            "Le département '75' (Paris) est en Île-de-France (11), pas dans la région 53 (Bretagne) de l'enregistrement.",
            result.Rejections[0].Reason);
        Assert.Equal(
            "Le département '974' (La Réunion) est à La Réunion (04), pas dans la région 76 (Occitanie) de l'enregistrement.",
            result.Rejections[1].Reason);
    }

    [Theory]
    [InlineData("975")]
    [InlineData("20")]
    [InlineData("96")]
    [InlineData("2C")]
    public void ACodeThatIsNoDepartementIsUnknown(string departement)
    {
        var result = File().Row($"2025-03-01;Privé;53;{departement};2100;Mensuel").Run(Options());
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal("Département", rejection.Column);
        Assert.Equal($"Département '{departement}' inconnu : attendu 01 à 95, 2A, 2B, 971 à 974 ou 976.", rejection.Reason);
    }

    [Fact]
    public void WithoutTheGeographyOnlyTheFormIsChecked()
    {
        var options = new ObservationPipelineOptions(new ObservationReaderOptions(Today: new DateOnly(2026, 11, 22)));
        var result = File().Row("2025-03-01;Privé;53;75;2100;Mensuel").Row("2025-03-01;Privé;53;975;2100;Mensuel").Run(options);
        Assert.Equal(1, result.Accepted);
        Assert.Equal("75", result.Observations[0].Observation.Departement);
        Assert.Equal(3, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void TheSecondThreadChecksTheRegionToo()
    {
        // Over 1 MB without quotes: the pipeline reads it in two parts, the second with a reader of its own.
        var file = File();
        const int rows = 40_000;
        for (var i = 0; i < rows; i++)
            file.Row(i % 1000 == 999 ? "2025-03-01;Privé;53;75;2100;Mensuel" : "2025-03-01;Privé;53;35;2100;Mensuel");
        Assert.True(file.Utf8.Length > 1 << 20);
        var one = file.Run(Options(threads: 1));
        var two = file.Run(Options(threads: 2));
        Assert.Equal(rows / 1000, one.Rejected);
        Assert.Equal(one.Rejections.Select(r => (r.Line, r.Column, r.Reason)), two.Rejections.Select(r => (r.Line, r.Column, r.Reason)));
        Assert.Equal(rows + 1, two.Rejections[^1].Line);
    }

    /// <summary>Any département of the COG with any région: accepted exactly when departements.csv puts it there.</summary>
    [Property(MaxTest = 300, Replay = "(20261123,11)")]
    public Property AcceptedExactlyWhenTheDepartementLiesInTheRegion() =>
        Prop.ForAll(Arb.From(
            from departement in Gen.Elements(Geography.Departements.ToArray())
            from region in Gen.Elements(RegionIndex.Codes.ToArray())
            from written in Gen.Elements(departement.Code, departement.Code.ToLowerInvariant(), " " + departement.Code + " ")
            select (departement, region, written)), c =>
        {
            var bytes = Encoding.UTF8.GetBytes($"Date;Secteur;Région;Département;Salaire\n2025-03-01;Privé;{c.region};{c.written};2100\n");
            var result = ObservationPipeline.Run("geo.csv", bytes, FakePayLookups.Instance, Options());
            Assert.Equal(1, result.Read);
            if (c.departement.Region.Code == c.region)
            {
                Assert.Equal(1, result.Accepted);
                Assert.Equal(c.departement.Code, result.Observations[0].Observation.Departement);
            }
            else
            {
                var rejection = Assert.Single(result.Rejections);
                Assert.Equal((2L, "Département"), (rejection.Line, rejection.Column));
                Assert.Contains($"({c.departement.Region.Code}), pas dans la région {c.region} ", rejection.Reason);
            }
        });
}
