using MedSec.Analytics.Careers;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Careers;

public class PathsRequestParserTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Fact]
    public void ARoleQueryKeepsItsValues()
    {
        var query = PathsRequestParser.Paths("84", "4", "secretary", null, "cardiology", "10", today: Today);

        Assert.Equal(new PathsQuery(new Region("84"), 4, CareerRole.Secretary, Specialty.Cardiology, 10, Today), query);
        Assert.False(query.SpecialtyAssumed);
        Assert.False(query.RoleFromSector);
    }

    [Theory]
    [InlineData("public", CareerRole.AmaCn)]
    [InlineData("private", CareerRole.Secretary)]
    [InlineData("remote", CareerRole.Telesecretary)]
    public void ASectorStartsFromItsUsualRole(string sector, CareerRole role)
    {
        var query = PathsRequestParser.Paths("11", "0", null, sector, null, "5", "2026-09-01");

        Assert.Equal(role, query.Role);
        Assert.True(query.RoleFromSector);
        Assert.True(query.SpecialtyAssumed);
        Assert.Equal(Specialty.General, query.Specialty);
        Assert.Equal(new DateOnly(2026, 9, 1), query.Start);
    }

    [Theory]
    [InlineData("secretary", "private", "mais pas les deux")]
    [InlineData(null, null, "Indiquez un rôle de départ (role) ou un secteur (sector).")]
    [InlineData(" ", "", "Indiquez un rôle de départ (role) ou un secteur (sector).")]
    public void ExactlyOneOfRoleAndSectorIsNeeded(string? role, string? sector, string message)
    {
        var error = Assert.Throws<MedSecInputException>(() => PathsRequestParser.Paths("84", "1", role, sector, null, "5", today: Today));

        Assert.Equal(InputErrorKind.BadInput, error.Kind);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("99", "secretary", null)]
    [InlineData("84", "nurse", null)]
    [InlineData("84", "secretary", "dentistry")]
    public void UnknownCodesAreUnknown(string region, string role, string? specialty) =>
        Assert.Equal(InputErrorKind.UnknownCode,
            Assert.Throws<MedSecInputException>(() => PathsRequestParser.Paths(region, "1", role, null, specialty, "5", today: Today)).Kind);

    [Theory]
    [InlineData("four", "5")]
    [InlineData("4", "ten")]
    public void MalformedNumbersAreBadInput(string experience, string years) =>
        Assert.Equal(InputErrorKind.BadInput,
            Assert.Throws<MedSecInputException>(() => PathsRequestParser.Paths("84", experience, "secretary", null, null, years, today: Today)).Kind);

    [Fact]
    public void ASingleDigitRegionIsPadded() =>
        Assert.Equal("01", PathsRequestParser.Paths("1", "1", "secretary", null, null, "5", today: Today).Region.Code);
}
