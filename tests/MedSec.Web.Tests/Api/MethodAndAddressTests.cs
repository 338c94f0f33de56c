using System.Net;
using System.Text.Json;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

/// <summary>
/// RFC 9110 §15.5.5–15.5.6 under <c>/api</c>: an address that exists for other methods answers 405 with exactly the methods
/// DESIGN.md's routes give it in <c>Allow</c> (with HEAD wherever GET is, RFC 9110 §9.1, §9.3.2); an address that does not
/// exist answers 404, whatever the method.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class MethodAndAddressTests(WebAppFixture app)
{
    [Theory]
    [InlineData("GET", "/api/grids/design", "POST")]
    [InlineData("PUT", "/api/grids/design", "POST")]
    [InlineData("POST", "/api/pay/public", "GET, HEAD")]
    [InlineData("POST", "/api/estimate", "GET, HEAD")]
    [InlineData("DELETE", "/api/imports", "GET, HEAD, POST")]
    [InlineData("POST", "/api/imports/5", "DELETE, GET, HEAD")]
    [InlineData("HEAD", "/api/grids/design", "POST")]
    public async Task AWrongMethodOnAKnownAddressIs405WithItsMethods(string method, string path, string allow)
    {
        using var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var json = await Json(response);

        ProblemAssert.IsProblem(HttpStatusCode.MethodNotAllowed, response, json);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.Contains(method, json.GetProperty("detail").GetString());
        Assert.Contains(allow, json.GetProperty("detail").GetString());
    }

    /// <summary>
    /// HEAD is GET without the content (RFC 9110 §9.3.2: a server that answers GET answers HEAD), so a monitor or a script
    /// checking an address learns what GET would say. HEAD /healthz answered 404, as if the health check did not exist, and
    /// HEAD on every GET route of the API 405, "Allow: GET".
    /// </summary>
    [Theory]
    [InlineData("/healthz", HttpStatusCode.OK, "application/json")]
    [InlineData("/api/pay/public?grade=AMA-CN&echelon=13&date=2024-06-01", HttpStatusCode.OK, "application/json")]
    [InlineData("/api/imports", HttpStatusCode.OK, "application/json")]
    [InlineData("/api/pay/public?grade=XXX&echelon=13&date=2024-06-01", HttpStatusCode.NotFound, "application/problem+json")]
    [InlineData("/api/pay/public?echelon=13&date=2024-06-01", HttpStatusCode.BadRequest, "application/problem+json")]
    [InlineData("/api/nothing", HttpStatusCode.NotFound, "application/problem+json")]
    public async Task HeadAnswersAsGetWould(string url, HttpStatusCode status, string mediaType)
    {
        using var head = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var get = await app.Client.GetAsync(url);

        Assert.Equal(status, get.StatusCode);
        Assert.Equal(status, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("GET", "/api/nothing")]
    [InlineData("POST", "/api/nothing")]
    [InlineData("DELETE", "/api/grids")]
    [InlineData("POST", "/api/pay/public/extra")]
    public async Task AnUnknownAddressIs404WhateverTheMethod(string method, string path)
    {
        using var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        ProblemAssert.IsProblem(HttpStatusCode.NotFound, response, await Json(response));
        Assert.Empty(response.Content.Headers.Allow);
    }

    [Fact]
    public async Task AnEndpointsOwnNotFoundIsKept()
    {
        var (response, json) = await app.GetJsonAsync("/api/imports/999999");

        ProblemAssert.IsProblem(HttpStatusCode.NotFound, response, json);
        Assert.Contains("999999", json.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
