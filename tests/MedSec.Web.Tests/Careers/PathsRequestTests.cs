using MedSec.Web.Careers;
using Microsoft.AspNetCore.WebUtilities;

namespace MedSec.Web.Tests.Careers;

public sealed class PathsRequestTests
{
    [Fact]
    public void ThePrintAddressCarriesTheWholeQuestion()
    {
        var request = new PathsRequest { Region = "53", Experience = 7, Role = "AMA-CN", Specialty = "surgery", Years = 15 };

        var query = QueryHelpers.ParseQuery(request.ToQueryString());
        var back = PathsRequest.FromQuery(query["region"], query.GetValueOrDefault("postcode"), query["experience"], query["role"],
            query["specialty"], query["years"]);

        Assert.Equal(("53", (string?)null, 7, "AMA-CN", "surgery", 15), (back.Region, back.Postcode, back.Experience, back.Role, back.Specialty, back.Years));
    }

    [Fact]
    public void APostcodeReplacesTheRegionInTheAddress()
    {
        var query = QueryHelpers.ParseQuery(new PathsRequest { Region = "53", Postcode = "33000" }.ToQueryString());

        Assert.False(query.ContainsKey("region"));
        Assert.Equal("33000", query["postcode"]);
    }

    [Fact]
    public void MalformedNumbersInTheAddressKeepTheDefaults()
    {
        var request = PathsRequest.FromQuery("84", null, "quatre", "secretary", null, "3,5");

        Assert.Equal(4, request.Experience);
        Assert.Equal(10, request.Years);
    }

    [Fact]
    public void NegativeNumbersInTheAddressAreReadForThePathsToRefuseWithTheirLimits()
    {
        var request = PathsRequest.FromQuery("84", null, "-3", "secretary", null, "-2");

        Assert.Equal((-3, -2), (request.Experience, request.Years));
        Assert.Null(PathsRequest.QueryProblem("-3", "-2"));
    }
}
