using System.Net;
using System.Text.Json;
using FsCheck.Xunit;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class DashboardApiDocumentTests(WebAppFixture app)
{
    private static readonly HttpStatusCode[] Allowed = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound];

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheDashboardRoutes()
    {
        var (_, json) = await app.GetJsonAsync("/openapi/v1.json");
        var paths = json.GetProperty("paths");

        Assert.Equal(["get"], Methods(paths, "/api/estimate"));
        Assert.Equal(["get"], Methods(paths, "/api/paths"));
        Assert.Equal(["get", "post"], Methods(paths, "/api/imports"));
        Assert.Equal(["delete", "get"], Methods(paths, "/api/imports/{id}"));
        Assert.Equal(
            new Dictionary<string, bool> { ["sector"] = true, ["region"] = true, ["experience"] = true, ["specialty"] = false, ["employer"] = false,
                ["size"] = false, ["contract"] = false, ["weeklyHours"] = false, ["date"] = false },
            Parameters(paths.GetProperty("/api/estimate").GetProperty("get")));
        var upload = paths.GetProperty("/api/imports").GetProperty("post");
        Assert.True(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        foreach (var status in new[] { "201", "400", "413", "415" })
            Assert.True(upload.GetProperty("responses").TryGetProperty(status, out _), $"POST /api/imports does not document {status}");
    }

    /// <summary>
    /// GET /api/grids/export answers a file: the document says so (200 with the XLSX and CSV media types), and which of its
    /// parameters are required, as GridRequestParser refuses them missing. It documented 400 and 404 only, and every
    /// parameter as optional, so a client generated from it had no success response.
    /// </summary>
    [Fact]
    public async Task TheOpenApiDocumentDescribesTheGridExport()
    {
        var (_, json) = await app.GetJsonAsync("/openapi/v1.json");
        var export = json.GetProperty("paths").GetProperty("/api/grids/export").GetProperty("get");

        var ok = export.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"],
            ok.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList());
        var required = Parameters(export).Where(p => p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["employer", "levels", "percentile", "region", "steps"], required);
    }

    [Property(MaxTest = 40)]
    public bool EstimateNeverAnswers500(string sector, string region, string experience, string weeklyHours, string specialty) =>
        Answers($"/api/estimate?sector={E(sector)}&region={E(region)}&experience={E(experience)}&weeklyHours={E(weeklyHours)}&specialty={E(specialty)}");

    [Property(MaxTest = 40)]
    public bool EstimateWithPlausibleValuesNeverAnswers500(byte sector, byte region, short experience, byte hours) =>
        Answers($"/api/estimate?sector={new[] { "public", "private", "remote" }[sector % 3]}&region={new[] { "11", "84", "93", "04", "06" }[region % 5]}" +
                $"&experience={experience % 60}&weeklyHours={hours % 50}");

    [Property(MaxTest = 30)]
    public bool PathsNeverAnswer500(string region, string experience, string role, string years) =>
        Answers($"/api/paths?region={E(region)}&experience={E(experience)}&role={E(role)}&years={E(years)}");

    private bool Answers(string url) => Allowed.Contains(app.Client.GetAsync(url).GetAwaiter().GetResult().StatusCode);

    private static string E(string? value) => Uri.EscapeDataString(value ?? "");

    private static List<string> Methods(JsonElement paths, string route) =>
        paths.TryGetProperty(route, out var item) ? item.EnumerateObject().Select(p => p.Name).Order().ToList() : [];

    private static Dictionary<string, bool> Parameters(JsonElement operation) =>
        operation.GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("required", out var r) && r.GetBoolean());
}
