using System.Net;
using System.Text.Json;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

/// <summary>
/// RFC 9110 §15.5.5–15.5.6 under <c>/api</c>: an address that exists for other methods answers 405 with exactly the methods
/// DESIGN.md's routes give it in <c>Allow</c>; an address that does not exist answers 404, whatever the method.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class MethodAndAddressTests(WebAppFixture app)
{
    [Theory]
    [InlineData("GET", "/api/grids/design", "POST")]
    [InlineData("PUT", "/api/grids/design", "POST")]
    [InlineData("POST", "/api/pay/public", "GET")]
    [InlineData("POST", "/api/estimate", "GET")]
    [InlineData("DELETE", "/api/imports", "GET, POST")]
    [InlineData("POST", "/api/imports/5", "DELETE, GET")]
    public async Task AWrongMethodOnAKnownAddressIs405WithItsMethods(string method, string path, string allow)
    {
        using var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var json = await Json(response);

        ProblemAssert.IsProblem(HttpStatusCode.MethodNotAllowed, response, json);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.Contains(method, json.GetProperty("detail").GetString());
        Assert.Contains(allow, json.GetProperty("detail").GetString());
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
