using System.Net;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class CareerApiTests(WebAppFixture app)
{
    [Fact]
    public async Task AmaCnCareerClimbsOneEchelonAYearAtFirst()
    {
        var (response, json) = await app.GetJsonAsync("/api/careers/public?grade=AMA-CN&start=2024-01-01&years=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = json.GetProperty("steps").EnumerateArray().ToList();
        // Décret 2022-1207 grid with the 2024 indices: échelons 1–4 last one year each, IM 373, 374, 375, 376.
        Assert.Equal(
            [("2024-01-01", 1, 373), ("2025-01-01", 2, 374), ("2026-01-01", 3, 375)],
            steps.Take(3).Select(s => (s.GetProperty("date").GetString(), s.GetProperty("echelon").GetInt32(), s.GetProperty("indexPoints").GetInt32())));
        Assert.All(steps, s => Assert.Equal("AMA-CN", s.GetProperty("grade").GetString()));
        Assert.All(steps, s => Assert.True(string.CompareOrdinal(s.GetProperty("date").GetString(), "2027-01-01") <= 0));
        Assert.All(steps, s => Assert.True(s.GetProperty("totalMonthlyGross").GetDecimal() > 0));
    }

    [Fact]
    public async Task ACareerCanStartAtAGivenEchelon()
    {
        var (response, json) = await app.GetJsonAsync("/api/careers/public?grade=AMA-CN&start=2024-01-01&years=1&echelon=12");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = json.GetProperty("steps")[0];
        Assert.Equal(12, first.GetProperty("echelon").GetInt32());
        Assert.Equal(482, first.GetProperty("indexPoints").GetInt32());
    }

    [Fact]
    public async Task AnUnknownGradeIsA404Problem()
    {
        var (response, json) = await app.GetJsonAsync("/api/careers/public?grade=NURSE&start=2024-01-01&years=3");

        ProblemAssert.IsProblem(HttpStatusCode.NotFound, response, json);
    }

    [Theory]
    [InlineData("/api/careers/public?grade=AMA-CN&start=2024-02-30&years=3")]
    [InlineData("/api/careers/public?grade=AMA-CN&start=2024-01-01&years=trois")]
    [InlineData("/api/careers/public?grade=AMA-CN&start=2024-01-01&years=3&echelon=0")]
    [InlineData("/api/careers/public?grade=AMA-CN&years=3")]
    [InlineData("/api/careers/public?grade=AMA-CN&start=2024-01-01")]
    [InlineData("/api/careers/public?grade=AMA-CN&start=9999-01-01&years=5")] // each valid alone, past the calendar together
    [InlineData("/api/careers/public?grade=AMA-CN&start=9990-01-01&years=40")]
    public async Task BadOrMissingInputIsA400Problem(string url)
    {
        var (response, json) = await app.GetJsonAsync(url);

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
    }
}
