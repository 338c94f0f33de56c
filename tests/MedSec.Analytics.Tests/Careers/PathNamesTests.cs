using MedSec.Analytics.Careers;
using MedSec.Domain.Careers;

namespace MedSec.Analytics.Tests.Careers;

public sealed class PathNamesTests
{
    private static CareerPath Path(string name, params string[] roles) =>
        new(name, [.. roles.Select((_, i) => $"move-{i}")],
            [.. roles.Select((r, i) => new PathStep(i + 1, new DateOnly(2027 + i, 1, 1), r, null, 2000m, 1560m, 0))],
            0m, 0m, 0, 0m, 0m, 0m, []);

    [Theory]
    [InlineData("secretary:cardiology → trainer : formation AFPA", "Formation AFPA")]
    [InlineData("secretary : rester Secrétaire", "Rester Secrétaire")]
    [InlineData("sans deux-points", "Sans deux-points")]
    public void TheTitleIsWhatFollowsTheCodesCapitalised(string name, string title) =>
        Assert.Equal(title, PathNames.Title(Path(name)));

    [Fact]
    public void ARoleIsNamedAsCareersCsvNamesItAndAnUnknownCodeIsKept()
    {
        // careers.csv: role,AMA-CN,Assistant médico-administratif de classe normale
        Assert.Equal("Assistant médico-administratif de classe normale", PathNames.Role(CareerTestServices.Catalog, "AMA-CN"));
        Assert.Equal("astronaut", PathNames.Role(CareerTestServices.Catalog, "astronaut"));
    }

    [Fact]
    public void TheRolesOfAPathStartFromTheStartingOneEachOnce()
    {
        var path = Path("secretary → AMA-CN → AMA-CS : …", "secretary", "AMA-CN", "AMA-CN", "AMA-CS");
        var result = new PathsResult("84", 3, "secretary", "general", 4, new DateOnly(2027, 1, 1), [path], "counting", "fixed", []);

        Assert.Equal(
            ["Secrétaire médical(e) en cabinet ou en clinique", "Assistant médico-administratif de classe normale",
             "Assistant médico-administratif de classe supérieure"],
            PathNames.Roles(CareerTestServices.Catalog, result, path));
    }
}
