using System.Net;
using System.Text.Json;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

/// <summary>
/// A query parameter given twice is a malformed request (400), whatever its values: every parameter of the API takes one
/// value, and ASP.NET Core joined the two with a comma ("AMA-CN,AMA-CS"), which was then refused as an unknown code (404)
/// or, for two equal values, answered as if one had been sent.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class RepeatedParameterTests(WebAppFixture app)
{
    [Theory]
    [InlineData("/api/pay/public?grade=AMA-CN&grade=AMA-CS&echelon=3&date=2024-06-01", "grade")]
    [InlineData("/api/pay/public?grade=AMA-CN&echelon=3&echelon=3&date=2024-06-01", "echelon")]
    [InlineData("/api/pay/floor?agreement=1147&level=5&date=2026-07-01&DATE=2026-01-01", "date")]
    [InlineData("/api/estimate?sector=private&region=84&region=11&experience=3", "region")]
    public async Task AParameterGivenTwiceIsABadRequestThatNamesIt(string url, string name)
    {
        using var response = await app.Client.GetAsync(url);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var json = document.RootElement.Clone();

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
        Assert.Contains($"« {name} »", json.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EachParameterOnceIsAnsweredAsBefore()
    {
        using var response = await app.Client.GetAsync("/api/pay/public?grade=AMA-CN&echelon=3&date=2024-06-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
