using MedSec.Data.Geography;
using MedSec.Data.Reference;

namespace MedSec.Data.Tests.Geography;

public sealed class DepartementsFileTests : IDisposable
{
    private const string Header = "departement_code,departement_name,region_code,region_name,postcode_ranges,valid_from,valid_to,status,source,postcode_rule";
    private readonly string _dir = Directory.CreateTempSubdirectory("medsec-geo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private FrenchGeography Load(params string[] rows)
    {
        File.WriteAllLines(Path.Combine(_dir, "departements.csv"), [Header, .. rows]);
        return FrenchGeography.Load(_dir);
    }

    [Fact]
    public void ReadsSeveralRangesOfOneDepartement()
    {
        var geo = Load("971,Guadeloupe,01,Guadeloupe,97100-97132 97134-97199,2016-01-01,,sourced,src,rule");

        Assert.Equal([new PostcodeRange(97100, 97132), new PostcodeRange(97134, 97199)], geo.Departements[0].Postcodes);
        Assert.False(geo.TryFromPostcode("97133", out _));
    }

    [Fact]
    public void UnknownRegionNamesLineAndColumn()
    {
        var e = Assert.Throws<ReferenceDataException>(() => Load("07,Ardèche,99,Nowhere,07000-07999,2016-01-01,,sourced,src,rule"));

        Assert.Contains("line 2, column region_code", e.Message);
    }

    [Fact]
    public void DuplicateDepartementIsRefused()
    {
        var e = Assert.Throws<ReferenceDataException>(() => Load("07,Ardèche,84,ARA,07000-07999,2016-01-01,,sourced,s,r", "07,Ardèche,84,ARA,07000-07999,2016-01-01,,sourced,s,r"));

        Assert.Contains("appears twice", e.Message);
    }

    [Fact]
    public void OverlappingRangesAreRefused()
    {
        var e = Assert.Throws<ReferenceDataException>(() => Load("2A,Corse-du-Sud,94,Corse,20000-20299,2016-01-01,,sourced,s,r", "2B,Haute-Corse,94,Corse,20200-20999,2016-01-01,,sourced,s,r"));

        Assert.Contains("overlap", e.Message);
    }

    [Theory]
    [InlineData("07000")]
    [InlineData("07999-07000")]
    [InlineData("7000-7999")]
    public void MalformedRangeIsRefused(string ranges)
    {
        var e = Assert.Throws<ReferenceDataException>(() => Load($"07,Ardèche,84,ARA,{ranges},2016-01-01,,sourced,s,r"));

        Assert.Contains("column postcode_ranges", e.Message);
    }
}
