using System.Net;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

/// <summary>
/// <c>GET /api/estimate</c> over the real estimator (trained from the bundled sample on first use). The model's figures are
/// not known in advance, so the tests check what the law and the contract fix: the floor, the hours conversion, the order
/// of the percentiles, the synthetic label, the assumed values, and the errors.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class EstimateApiTests(WebAppFixture app)
{
    [Fact]
    public async Task APrivateCabinetProfileIsHeldToTheIdcc1147MinimumAndConvertedToItsHours()
    {
        var (response, json) = await app.GetJsonAsync(
            "/api/estimate?sector=private&region=84&experience=4&specialty=cardiology&employer=cabinet&weeklyHours=28&date=2024-06-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var p = new[] { "p10", "p25", "median", "p75", "p90" }.Select(n => json.GetProperty(n).GetDecimal()).ToArray();
        Assert.Equal(p.Order(), p);
        // 2024-06-01: IDCC 1147 positionnement 5 = 1 815,79 € (avenant 90) above the SMIC 1 766,92 €.
        Assert.Equal(1815.79m, json.GetProperty("floor").GetDecimal());
        Assert.True(p[0] >= 1815.79m);
        var atHours = json.GetProperty("atHours");
        Assert.Equal(28m, atHours.GetProperty("weeklyHours").GetDecimal());
        Assert.Equal(1452.63m, atHours.GetProperty("floor").GetDecimal()); // 1 815,79 × 28 / 35
        Assert.Equal(Math.Max(Math.Round(p[2] * 28 / 35, 2, MidpointRounding.AwayFromZero), 1452.63m), atHours.GetProperty("median").GetDecimal());
        Assert.True(json.GetProperty("n").GetInt32() > 0);
        Assert.True(json.GetProperty("synthetic").GetBoolean());
        Assert.Contains(json.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("synthétiques"));
        Assert.NotEmpty(json.GetProperty("explanation").EnumerateArray());
        Assert.Equal("private", json.GetProperty("profile").GetProperty("sector").GetString());
    }

    [Fact]
    public async Task AProfileInMayotteIsHeldToMayottesOwnSmic()
    {
        // 2026-03-02 in Mayotte: 9,33 € an hour (décret n° 2025-1228, art. 1, 2°) × 35 × 52 / 12 = 1 415,05 € a month;
        // a hospital profile has no agreement, so that SMIC is its floor (1 823,03 € in the métropole), and at 24 h a week
        // 9.33 × 24 × 52 / 12 = 970,32 €.
        var (response, json) = await app.GetJsonAsync("/api/estimate?sector=public&region=06&experience=5&weeklyHours=24&date=2026-03-02");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Math.Round(9.33m * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero), json.GetProperty("floor").GetDecimal());
        Assert.Equal(Math.Round(9.33m * 24m * 52m / 12m, 2, MidpointRounding.AwayFromZero),
            json.GetProperty("atHours").GetProperty("floor").GetDecimal());
    }

    [Fact]
    public async Task OmittedOptionsAreReportedAsAssumed()
    {
        var (response, json) = await app.GetJsonAsync("/api/estimate?sector=remote&region=11&experience=2&date=2025-01-15");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assumed = json.GetProperty("assumed");
        foreach (var option in new[] { "employer", "size", "specialty", "contract", "weeklyHours" })
            Assert.True(assumed.TryGetProperty(option, out _), $"{option} not reported as assumed");
        Assert.Equal(35m, json.GetProperty("atHours").GetProperty("weeklyHours").GetDecimal());
    }

    [Theory]
    [InlineData("/api/estimate?sector=private&region=84&experience=-1")]
    [InlineData("/api/estimate?sector=private&region=84&experience=cinq")]
    [InlineData("/api/estimate?sector=private&region=84&experience=51")]
    [InlineData("/api/estimate?sector=private&region=84&experience=4&weeklyHours=0")]
    [InlineData("/api/estimate?sector=private&region=84&experience=4&date=2024-02-30")]
    [InlineData("/api/estimate?region=84&experience=4")]
    [InlineData("/api/estimate?sector=private&experience=4")]
    [InlineData("/api/estimate?sector=private&region=84")]
    public async Task BadOrMissingInputIsA400Problem(string url)
    {
        var (response, json) = await app.GetJsonAsync(url);

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
    }

    [Theory]
    [InlineData("/api/estimate?sector=martian&region=84&experience=4")]
    [InlineData("/api/estimate?sector=private&region=99&experience=4")]
    [InlineData("/api/estimate?sector=private&region=84&experience=4&specialty=dentistry")]
    [InlineData("/api/estimate?sector=private&region=84&experience=4&employer=castle")]
    public async Task AnUnknownCodeIsA404Problem(string url)
    {
        var (response, json) = await app.GetJsonAsync(url);

        ProblemAssert.IsProblem(HttpStatusCode.NotFound, response, json);
    }
}
