using System.Net;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

/// <summary><c>GET /api/paths</c> over the real career-paths service: the contract's arithmetic and ranking, and the errors.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PathsApiTests(WebAppFixture app)
{
    [Fact]
    public async Task PathsFollowTheContractCumulativeGrossIsTwelveTimesTheMonthlySteps()
    {
        var (response, json) = await app.GetJsonAsync("/api/paths?region=84&experience=4&role=secretary&specialty=cardiology&years=10&date=2026-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("secretary", json.GetProperty("role").GetString());
        Assert.Equal("2026-01-01", json.GetProperty("start").GetString());
        var paths = json.GetProperty("paths").EnumerateArray().ToList();
        Assert.True(paths.Count >= 2);
        Assert.Contains(paths, p => p.GetProperty("moves").GetArrayLength() == 0); // staying put is one of them
        foreach (var path in paths)
        {
            var steps = path.GetProperty("steps").EnumerateArray().ToList();
            Assert.Equal(Enumerable.Range(1, 10), steps.Select(s => s.GetProperty("year").GetInt32()));
            Assert.Equal(steps.Sum(s => s.GetProperty("monthlyGross").GetDecimal() * 12), path.GetProperty("cumulativeGross").GetDecimal());
            var probability = path.GetProperty("probability").GetDecimal();
            Assert.InRange(probability, 0m, 1m);
            Assert.True(path.GetProperty("trainingMonths").GetInt32() >= 0);
        }
        var expected = paths.Select(p => p.GetProperty("expectedCumulativeNet").GetDecimal()).ToList();
        Assert.Equal(expected.OrderByDescending(e => e), expected);
        Assert.Contains(json.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("synthétiques"));
    }

    [Fact]
    public async Task ASectorStandsForItsUsualRole()
    {
        var (response, json) = await app.GetJsonAsync("/api/paths?region=11&experience=2&sector=public&years=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("AMA-CN", json.GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("/api/paths?region=84&experience=4&role=secretary&sector=private&years=10")] // both
    [InlineData("/api/paths?region=84&experience=4&years=10")]                               // neither
    [InlineData("/api/paths?region=84&experience=4&role=secretary&years=0")]
    [InlineData("/api/paths?region=84&experience=4&role=secretary&years=41")]
    [InlineData("/api/paths?region=84&experience=quatre&role=secretary&years=10")]
    [InlineData("/api/paths?region=84&experience=4&role=secretary")]
    [InlineData("/api/paths?experience=4&role=secretary&years=10")]
    [InlineData("/api/paths?region=84&experience=3&role=secretary&years=5&date=9999-01-01")] // past the calendar
    public async Task BadOrMissingInputIsA400Problem(string url)
    {
        var (response, json) = await app.GetJsonAsync(url);

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
    }

    [Theory]
    [InlineData("/api/paths?region=84&experience=4&role=astronaut&years=10")]
    [InlineData("/api/paths?region=99&experience=4&role=secretary&years=10")]
    [InlineData("/api/paths?region=84&experience=4&role=secretary&specialty=dentistry&years=10")]
    public async Task AnUnknownCodeIsA404Problem(string url)
    {
        var (response, json) = await app.GetJsonAsync(url);

        ProblemAssert.IsProblem(HttpStatusCode.NotFound, response, json);
    }
}
