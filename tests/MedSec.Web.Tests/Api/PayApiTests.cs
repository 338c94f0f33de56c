using System.Net;
using System.Text.Json;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

/// <summary>
/// Expected figures come from the legal texts: grid AMA-CN (décret 2022-1207, indices majorés +5 on 2024-01-01 by
/// décret 2023-519 art. 2), point 5 907,34 € (décret 2023-519 art. 1), residence allowance 3 % in zone 1 (décret 85-1148
/// art. 9), CTI 49 points (décret 2020-1152), SMIC 1 766,92 € from 2024-01-01, IDCC 1147 minima of avenant 90.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class PayApiTests(WebAppFixture app)
{
    private const string AmaCn13 = "/api/pay/public?grade=AMA-CN&echelon=13&date=2024-06-01";

    [Fact]
    public async Task PublicPayOfAmaCnEchelon13WithoutCtiIsIndexTimesPoint()
    {
        var (response, json) = await app.GetJsonAsync(AmaCn13 + "&noCti=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("AMA-CN", json.GetProperty("grade").GetString());
        Assert.Equal(13, json.GetProperty("echelon").GetInt32());
        Assert.Equal("2024-06-01", json.GetProperty("date").GetString());
        Assert.Equal(508, json.GetProperty("indexPoints").GetInt32());
        Assert.Equal(5907.34m, json.GetProperty("pointValue").GetDecimal());
        Assert.Equal(2500.77m, json.GetProperty("baseMonthlyGross").GetDecimal()); // 508 × 5907.34 / 1200 = 2500.774…
        Assert.Equal(0m, json.GetProperty("residenceAllowance").GetDecimal());
        Assert.Equal(0m, json.GetProperty("cti").GetDecimal());
        Assert.Equal(0m, json.GetProperty("differentialAllowance").GetDecimal());
        Assert.Equal(2500.77m, json.GetProperty("totalMonthlyGross").GetDecimal());
        Assert.Equal("2024-01-01", json.GetProperty("asOf").GetString());
        foreach (var field in new[] { "specialAllowance", "typicalServiceBonus", "totalWithAllowances" })
            Assert.Equal(JsonValueKind.Number, json.GetProperty(field).ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task PublicPayAddsCtiByDefaultAndTheZone1ResidenceAllowance()
    {
        var (response, json) = await app.GetJsonAsync(AmaCn13 + "&zone=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(75.02m, json.GetProperty("residenceAllowance").GetDecimal()); // 3 % × 2500.77
        Assert.Equal(241.22m, json.GetProperty("cti").GetDecimal());               // 49 × 5907.34 / 1200 = 241.219…
        Assert.Equal(2500.77m + 75.02m + 241.22m, json.GetProperty("totalMonthlyGross").GetDecimal());
    }

    [Fact]
    public async Task FloorOfIdcc1147Level5In2024IsTheAgreementMinimum()
    {
        var (response, json) = await app.GetJsonAsync("/api/pay/floor?agreement=1147&level=5&date=2024-06-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1815.79m, json.GetProperty("agreementMinimum").GetDecimal());
        Assert.Equal(1766.92m, json.GetProperty("smic").GetDecimal());
        Assert.Equal(1815.79m, json.GetProperty("floor").GetDecimal());
        Assert.Equal("agreement", json.GetProperty("binding").GetString());
        Assert.Equal("2024-01-01", json.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task FloorOfIdcc1147Level4In2025IsTheSmic()
    {
        var (response, json) = await app.GetJsonAsync("/api/pay/floor?agreement=1147&level=4&date=2025-06-01&weeklyHours=35");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1782.14m, json.GetProperty("agreementMinimum").GetDecimal());
        Assert.Equal(1801.80m, json.GetProperty("smic").GetDecimal()); // décret 2024-951
        Assert.Equal(1801.80m, json.GetProperty("floor").GetDecimal());
        Assert.Equal("smic", json.GetProperty("binding").GetString());
    }

    [Fact]
    public async Task FloorInMayotteCarriesMayottesOwnSmic()
    {
        // Mayotte's SMIC from 2024-11-01: 8,98 € an hour (décret n° 2024-951, art. 1, 2°) × 35 × 52 / 12 = 1 361,97 €;
        // IDCC 1147 positionnement 4 (1 782,14 €) binds there, where the métropole's 1 801,80 € binds.
        var (response, json) = await app.GetJsonAsync("/api/pay/floor?agreement=1147&level=4&date=2025-06-01&region=06");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Math.Round(8.98m * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero), json.GetProperty("smic").GetDecimal());
        Assert.Equal(1782.14m, json.GetProperty("floor").GetDecimal());
        Assert.Equal("agreement", json.GetProperty("binding").GetString());
    }

    [Fact]
    public async Task FloorInAnotherRegionIsTheFloorWithoutOne()
    {
        var (_, without) = await app.GetJsonAsync("/api/pay/floor?agreement=1147&level=4&date=2025-06-01");
        var (response, reunion) = await app.GetJsonAsync("/api/pay/floor?agreement=1147&level=4&date=2025-06-01&region=04");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(without.GetRawText(), reunion.GetRawText());
    }

    [Fact]
    public async Task NetGivesTheNetBeforeIncomeTaxAndTheEmployeeRate()
    {
        var (response, json) = await app.GetJsonAsync("/api/pay/net?gross=2000&sector=private&date=2024-06-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gross = json.GetProperty("gross").GetDecimal();
        var net = json.GetProperty("net").GetDecimal();
        Assert.Equal(2000m, gross);
        // Below the PSS: vieillesse 6.90 % + 0.40 %, AGIRC-ARRCO T1 3.15 %, CEG T1 0.86 % of 2000 (226.20), then CSG 6.80 % +
        // 2.40 % and CRDS 0.50 % of 98.25 % × 2000 = 1965 (133.62 + 47.16 + 9.83): net 2000 − 416.81.
        Assert.Equal(1583.19m, net);
        Assert.Equal(Math.Round((gross - net) / gross, 4), json.GetProperty("employeeContributionRate").GetDecimal());
    }

    [Theory]
    [InlineData("/api/pay/public?grade=AMA-XX&echelon=13&date=2024-06-01")]
    [InlineData("/api/pay/floor?agreement=9999&level=5&date=2024-06-01")]
    [InlineData("/api/pay/net?gross=2000&sector=martian&date=2024-06-01")]
    [InlineData("/api/pay/public?grade=AMA-CN&echelon=13&date=2024-06-01&zone=7")]
    [InlineData("/api/pay/floor?agreement=1147&level=99&date=2024-06-01")]
    [InlineData("/api/pay/floor?agreement=1147&level=5&date=2024-06-01&region=99")]
    [InlineData("/api/pay/floor?agreement=1147&level=5&date=2024-06-01&region=Lune")]
    public async Task AnUnknownCodeIsA404Problem(string url)
    {
        var (response, json) = await app.GetJsonAsync(url);

        ProblemAssert.IsProblem(HttpStatusCode.NotFound, response, json);
    }

    [Theory]
    [InlineData("/api/pay/public?grade=AMA-CN&echelon=13&date=2024-13-45")]
    [InlineData("/api/pay/public?grade=AMA-CN&echelon=13&date=01/06/2024x")]
    [InlineData("/api/pay/public?grade=AMA-CN&echelon=treize&date=2024-06-01")]
    [InlineData("/api/pay/public?grade=AMA-CN&echelon=13&date=2024-06-01&noCti=maybe")]
    [InlineData("/api/pay/floor?agreement=1147&level=5&date=2024-06-01&weeklyHours=-3")]
    [InlineData("/api/pay/net?gross=deux-mille&sector=private&date=2024-06-01")]
    [InlineData("/api/pay/net?gross=-100&sector=private&date=2024-06-01")]
    [InlineData("/api/pay/net?gross=7922816251426433759354395033&sector=private&date=2024-06-01")]
    public async Task BadInputIsA400Problem(string url)
    {
        var (response, json) = await app.GetJsonAsync(url);

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
    }

    /// <summary>The floor route takes the CLI's limits, 1 to 48 hours a week: 0,5 h once gave a floor of 26,04 €.</summary>
    [Theory]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("0.5")]
    [InlineData("48.5")]
    public async Task AFloorForHoursOutsideOneToFortyEightIsA400ThatSaysTheLimits(string hours)
    {
        var (response, json) = await app.GetJsonAsync($"/api/pay/floor?agreement=1147&level=5&date=2026-01-15&weeklyHours={hours}");

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
        Assert.EndsWith("hors limites (de 1 à 48 h).", json.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/pay/public?echelon=13&date=2024-06-01")]
    [InlineData("/api/pay/public?grade=AMA-CN&date=2024-06-01")]
    [InlineData("/api/pay/public?grade=AMA-CN&echelon=13")]
    [InlineData("/api/pay/floor?agreement=1147&date=2024-06-01")]
    [InlineData("/api/pay/net?sector=private&date=2024-06-01")]
    [InlineData("/api/pay/public?grade=&echelon=13&date=2024-06-01")]
    public async Task AMissingParameterIsA400Problem(string url)
    {
        var (response, json) = await app.GetJsonAsync(url);

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
    }

    [Fact]
    public async Task ANetIsToTheCentEvenForAGrossWrittenWithMoreDecimals()
    {
        var (response, json) = await app.GetJsonAsync("/api/pay/net?gross=2100.005&sector=private&date=2026-03-01");
        var (_, rounded) = await app.GetJsonAsync("/api/pay/net?gross=2100.01&sector=private&date=2026-03-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2100.01m, json.GetProperty("gross").GetDecimal());
        Assert.Equal(rounded.GetProperty("net").GetDecimal(), json.GetProperty("net").GetDecimal());
    }
}
