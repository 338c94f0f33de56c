using MedSec.Web.Compare;
using Microsoft.AspNetCore.WebUtilities;

namespace MedSec.Web.Tests.Compare;

public sealed class CompareRequestTests
{
    [Fact]
    public void AProfileComesBackFromItsAddress()
    {
        var request = new CompareRequest { Postcode = "33000", Sector = "remote", Experience = 2.5m, Specialty = "cardiology", WeeklyHours = 28m };
        var query = QueryHelpers.ParseQuery(request.ToQueryString());

        var back = CompareRequest.FromQuery(query.GetValueOrDefault("region"), query["postcode"], query["sector"], query["experience"],
            query["specialty"], query.GetValueOrDefault("employer"), query["weeklyHours"]);

        Assert.NotNull(back);
        Assert.Equal(("33000", "remote", 2.5m, "cardiology", 28m), (back.Postcode, back.Sector, back.Experience, back.Specialty, back.WeeklyHours));
        Assert.Null(CompareRequest.QueryProblem(query["experience"], query["weeklyHours"]));
    }

    [Theory]
    [InlineData("abc", null, "l'expérience « abc »")]
    [InlineData("4", "trente", "les heures « trente »")]
    [InlineData("4", "3 5", "les heures « 3 5 »")]
    public void AnUnreadableNumberInTheAddressIsNamed(string? experience, string? hours, string named)
    {
        var problem = CompareRequest.QueryProblem(experience, hours);

        Assert.NotNull(problem);
        Assert.Contains(named, problem);
    }

    [Fact]
    public void ANegativeExperienceInTheAddressIsReadForTheEstimateToRefuseWithItsLimits()
    {
        var request = CompareRequest.FromQuery("11", null, null, "-3", null, null, null);

        Assert.Equal(-3m, request?.Experience);
        Assert.Null(CompareRequest.QueryProblem("-3", null));
    }

    [Fact]
    public void AnAddressWithoutNumbersHasNoProblem() => Assert.Null(CompareRequest.QueryProblem(null, null));
}
