using MedSec.Data.Geography;
using MedSec.Data.Tests.Reference;
using MedSec.Domain.Codes;

namespace MedSec.Data.Tests.Geography;

public class FrenchGeographyTests
{
    private static readonly FrenchGeography Geo = FrenchGeography.Load(TestPaths.BundledReference);

    [Fact]
    public void HasTheHundredAndOneDepartementsOnce()
    {
        Assert.Equal(101, Geo.Departements.Count);
        Assert.Equal(101, Geo.Departements.Select(d => d.Code).Distinct().Count());
        Assert.DoesNotContain(Geo.Departements, d => d.Code == "20");
        Assert.All(Geo.Departements, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
    }

    [Fact]
    public void EveryRegionOfTheCodeBookHasDepartementsAndNoOther()
    {
        Assert.Equal(CodeBook.RegionNames.Keys.Order(), Geo.Departements.Select(d => d.Region.Code).Distinct().Order());
        Assert.All(Geo.Departements, d => Assert.Equal(CodeBook.RegionNames[d.Region.Code], d.RegionName));
    }

    [Theory]
    [InlineData("11", "75 77 78 91 92 93 94 95")]
    [InlineData("94", "2A 2B")]
    [InlineData("53", "22 29 35 56")]
    [InlineData("93", "04 05 06 13 83 84")]
    [InlineData("01", "971")]
    [InlineData("06", "976")]
    public void RegionsHoldTheirDepartements(string region, string departements) =>
        Assert.Equal(departements.Split(' '), Geo.Departements.Where(d => d.Region.Code == region).Select(d => d.Code).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("07200", "07", "84")]
    [InlineData("7200", "07", "84")]
    [InlineData("75012", "75", "11")]
    [InlineData("20000", "2A", "94")]
    [InlineData("20090", "2A", "94")]
    [InlineData("20199", "2A", "94")]
    [InlineData("20200", "2B", "94")]
    [InlineData("20600", "2B", "94")]
    [InlineData("97110", "971", "01")]
    [InlineData("97200", "972", "02")]
    [InlineData("97300", "973", "03")]
    [InlineData("97411", "974", "04")]
    [InlineData("97600", "976", "06")]
    [InlineData("01000", "01", "84")]
    [InlineData("95000", "95", "11")]
    [InlineData("69 003", "69", "84")]
    public void PostcodeGivesItsDepartementAndRegion(string postcode, string departement, string region)
    {
        Assert.True(Geo.TryFromPostcode(postcode, out var d));
        Assert.Equal(departement, d.Code);
        Assert.Equal(new Region(region), d.Region);
    }

    [Theory]
    [InlineData("98000")] // Monaco
    [InlineData("97133")] // Saint-Barthélemy
    [InlineData("97150")] // Saint-Martin
    [InlineData("97500")] // Saint-Pierre-et-Miquelon
    [InlineData("00100")]
    [InlineData("123")]
    [InlineData("123456")]
    [InlineData("7A200")]
    [InlineData("")]
    [InlineData(null)]
    public void PostcodeOfNoDepartementIsNotFound(string? postcode) =>
        Assert.False(Geo.TryFromPostcode(postcode, out _));

    [Theory]
    [InlineData("07186", "07")]
    [InlineData("2A004", "2A")]
    [InlineData("2b033", "2B")]
    [InlineData("97411", "974")]
    [InlineData("75112", "75")]
    public void CommuneCodeGivesItsDepartement(string commune, string departement)
    {
        Assert.True(Geo.TryFromCommuneCode(commune, out var d));
        Assert.Equal(departement, d.Code);
    }

    [Theory]
    [InlineData("7", "07", "Ardèche")]
    [InlineData("07", "07", "Ardèche")]
    [InlineData("2a", "2A", "Corse-du-Sud")]
    [InlineData(" 974 ", "974", "La Réunion")]
    public void DepartementIsFoundByItsCode(string code, string canonical, string name)
    {
        Assert.True(Geo.TryGetDepartement(code, out var d));
        Assert.Equal(canonical, d.Code);
        Assert.Equal(name, d.Name);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("96")]
    [InlineData("975")]
    [InlineData("")]
    public void UnknownDepartementIsNotFound(string code) => Assert.False(Geo.TryGetDepartement(code, out _));

    [Fact]
    public void FileIsStrictUtf8WithoutByteOrderMarkAndEveryRowIsSourcedFrom2016()
    {
        var path = Path.Combine(TestPaths.BundledReference, "departements.csv");
        var bytes = File.ReadAllBytes(path);

        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "UTF-8 BOM");
        _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.All(RawCsv.Rows(path), row =>
        {
            Assert.Equal("2016-01-01", row["valid_from"]);
            Assert.Equal("sourced", row["status"]);
            Assert.False(string.IsNullOrWhiteSpace(row["source"]));
        });
    }
}
