using System.Net;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public sealed class SiteTests(WebAppFixture app)
{
    [Fact]
    public async Task HomePageIsServedInFrenchWithTheAppTitle()
    {
        var response = await app.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("MedSec — salaires des secrétaires médicales", html);
        Assert.Contains("Grille publique", html);
        Assert.Matches(@"_content/MudBlazor/MudBlazor\.min\.(\w+\.)?css", html); // fingerprinted by MapStaticAssets
    }

    /// <summary>
    /// A prerendered page is on screen before Blazor listens to it: its text fields come read-only, so that nothing
    /// typed then is lost or left on screen unknown to the server (LiveForm). Selects open only once live anyway.
    /// </summary>
    [Theory]
    [InlineData("/", 2)]
    [InlineData("/comparer", 3)]
    [InlineData("/parcours", 3)]
    [InlineData("/grille-salariale", 5)]
    public async Task PrerenderedFieldsAreReadOnly(string path, int fields)
    {
        var html = await app.Client.GetStringAsync(path);

        var inputs = System.Text.RegularExpressions.Regex.Matches(html, "<input[^>]*>").Select(m => m.Value)
            .Where(i => i.Contains("type=\"text\"") && !i.Contains("mud-select-input")).ToList();
        Assert.True(fields == inputs.Count, string.Join("\n", inputs));
        Assert.All(inputs, input => Assert.Contains(" readonly", input));
    }

    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task StaticAssetsAreServed(string url, string contentType)
    {
        var response = await app.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HealthzAnswersOk()
    {
        var (response, json) = await app.GetJsonAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnUnknownPageShowsTheFrenchNotFoundPage()
    {
        var response = await app.Client.GetAsync("/nulle-part");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", html);
    }

    [Fact]
    public async Task OpenApiDocumentListsTheApiRoutes()
    {
        var (response, json) = await app.GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = json.GetProperty("paths");
        foreach (var route in new[] { "/api/pay/public", "/api/pay/floor", "/api/pay/net", "/api/careers/public", "/healthz" })
        {
            Assert.True(paths.TryGetProperty(route, out _), $"{route} missing from the OpenAPI document");
        }
        var publicPay = paths.GetProperty("/api/pay/public").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("required", out var r) && r.GetBoolean());
        Assert.Equal(
            new Dictionary<string, bool> { ["grade"] = true, ["echelon"] = true, ["date"] = true, ["zone"] = false, ["noCti"] = false },
            publicPay);
    }

    [Fact]
    public async Task ScalarUiIsServedWithoutExternalScriptsOrFonts()
    {
        var redirect = await app.Client.GetAsync("/scalar");
        var response = await app.Client.GetAsync("/scalar/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script src=\"scalar.js\">", html);
        Assert.DoesNotContain("https://", html);
    }
}
