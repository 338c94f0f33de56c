using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedSec.Web.Tests.Api;
using MiniExcelLibs;

namespace MedSec.Web.Tests.Grid;

public sealed class GridApiFixture : IAsyncLifetime
{
    public GridWebFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = default!;

    public long PayrollId { get; private set; }

    public Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        PayrollId = Factory.MedSec.Grids.Payrolls.Import("paie.csv", Encoding.UTF8.GetBytes(GridTestData.KnownGapPayroll("API-"))).ImportId;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

[Collection(GridBrowserCollection.Name)]
public sealed class GridApiTests(GridApiFixture fixture) : IClassFixture<GridApiFixture>
{
    private static readonly object Body = new { region = "84", employer = "cabinet", percentile = 60, levels = 5, steps = 4, date = "2026-03-01" };

    private async Task<(HttpResponseMessage Response, JsonElement Json)> Post(object body)
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/grids/design", body);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, json);
    }

    [Fact]
    public async Task ADesignAnswersTheContractsFields()
    {
        var (response, json) = await Post(Body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var levels = json.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(5, levels.Count);
        Assert.All(levels, l => Assert.All(l.GetProperty("steps").EnumerateArray(),
            s => Assert.True(s.GetProperty("monthlyGross").GetDecimal() >= l.GetProperty("floor").GetDecimal())));
        Assert.Equal("2026-01-01", json.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("warnings").ValueKind);
        Assert.Equal("1147", json.GetProperty("agreement").GetString());
    }

    [Fact]
    public async Task NumbersMayBeGivenAsStringsWithTheSameAnswer()
    {
        var (_, asNumbers) = await Post(Body);
        var (response, asStrings) = await Post(new { region = "84", employer = "cabinet", percentile = "60", levels = "5", steps = "4", date = "2026-03-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(asNumbers.GetProperty("levels").GetRawText(), asStrings.GetProperty("levels").GetRawText());
    }

    [Fact]
    public async Task WithAPayrollTheStaffAndTheGapAlertAreAnswered()
    {
        var (_, json) = await Post(new { region = "84", employer = "cabinet", percentile = 60, levels = 5, steps = 4, date = "2026-03-01", payroll = fixture.PayrollId });

        Assert.Equal(["6"], json.GetProperty("transparency").GetProperty("alertCategories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(16, json.GetProperty("staff").GetProperty("employees").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"employer\":\"cabinet\",\"percentile\":60,\"levels\":5,\"steps\":4}", HttpStatusCode.BadRequest)]
    [InlineData("{\"region\":\"84\",\"employer\":\"cabinet\",\"percentile\":0,\"levels\":5,\"steps\":4}", HttpStatusCode.BadRequest)]
    [InlineData("{\"region\":\"84\",\"employer\":\"cabinet\",\"percentile\":true,\"levels\":5,\"steps\":4}", HttpStatusCode.BadRequest)]
    [InlineData("{\"region\":\"84\",\"employer\":\"cabinet\",\"percentile\":60,\"levels\":5,\"steps\":4,\"date\":\"01/03/2026\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"region\":\"84\",\"employer\":\"boulangerie\",\"percentile\":60,\"levels\":5,\"steps\":4}", HttpStatusCode.NotFound)]
    [InlineData("{\"region\":\"84\",\"employer\":\"cabinet\",\"percentile\":60,\"levels\":5,\"steps\":4,\"agreement\":\"9999\"}", HttpStatusCode.NotFound)]
    [InlineData("{\"region\":\"84\",\"employer\":\"cabinet\",\"percentile\":60,\"levels\":5,\"steps\":4,\"payroll\":987654}", HttpStatusCode.NotFound)]
    [InlineData("{\"region\":", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task BadBodiesAreProblemDetailsNever500(string body, HttpStatusCode status)
    {
        var response = await fixture.Client.PostAsync("/api/grids/design", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        ProblemAssert.IsProblem(status, response, json);
    }

    [Fact]
    public async Task TheXlsxExportOpensBackWithRealNumbers()
    {
        var response = await fixture.Client.GetAsync(
            $"/api/grids/export?format=xlsx&region=84&employer=cabinet&percentile=60&levels=5&steps=4&date=2026-03-01&payroll={fixture.PayrollId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("grille-salariale-84-cabinet-2026-03-01.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var grid = stream.Query(useHeaderRow: true, sheetName: "Grille").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(5, grid.Count);
        Assert.Equal(1823.03d, grid[0]["Plancher légal"]);
        stream.Position = 0;
        Assert.Contains("Écarts", stream.GetSheetNames());
    }

    [Fact]
    public async Task TheCsvExportHasFrenchDecimalCommas()
    {
        var response = await fixture.Client.GetAsync("/api/grids/export?format=csv&table=grille&region=84&employer=cabinet&percentile=60&levels=5&steps=4&date=2026-03-01");

        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFFNiveau;Libellé;", text);
        Assert.Contains("1;Niveau 1 – Positionnement 5;5;1823,03;SMIC;", text);
    }

    [Theory]
    [InlineData("format=pdf&region=84&employer=cabinet&percentile=60&levels=5&steps=4", HttpStatusCode.NotFound)]
    [InlineData("format=csv&table=personnel&region=84&employer=cabinet&percentile=60&levels=5&steps=4", HttpStatusCode.NotFound)]
    [InlineData("format=xlsx&region=84&employer=cabinet&percentile=60&levels=5", HttpStatusCode.BadRequest)]
    public async Task BadExportsAreProblemDetails(string query, HttpStatusCode status)
    {
        var response = await fixture.Client.GetAsync("/api/grids/export?" + query);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        ProblemAssert.IsProblem(status, response, json);
    }

    [Theory]
    [InlineData("{region:\"75\"}", "ligne 1, position 2")]
    [InlineData("[]", "(erreur à la ligne 1, position")]
    [InlineData("{\n  \"region\": \"84\",\n  \"employer\": }", "ligne 3, position 15")]
    public async Task AnUnreadableBodyIsExplainedInFrenchWithTheErrorsPlace(string body, string place)
    {
        var response = await fixture.Client.PostAsync("/api/grids/design", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
        var detail = json.GetProperty("detail").GetString()!;
        Assert.StartsWith("Corps de requête illisible", detail);
        Assert.Contains(place, detail);
        Assert.DoesNotContain("GridDesignRequest", json.GetRawText());
    }

    [Fact]
    public async Task AStringThatIsNotUtf8IsBadInputNotAServerError()
    {
        var body = Encoding.UTF8.GetBytes("{\"region\":\"__\",\"employer\":\"clinique\",\"percentile\":60,\"levels\":4,\"steps\":5}");
        var at = Array.IndexOf(body, (byte)'_');
        (body[at], body[at + 1]) = (0xFF, 0xFE);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await fixture.Client.PostAsync("/api/grids/design", content);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, json);
        Assert.Contains("region", json.GetProperty("detail").GetString());
    }
}
