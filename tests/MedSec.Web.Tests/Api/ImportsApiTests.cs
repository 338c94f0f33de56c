using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Api;

/// <summary>
/// <c>/api/imports</c> over the real import service and a store in a temporary MedSec home. Expected counts follow
/// from the records of <see cref="ObservationCsv"/> (see its comments), not from a previous run.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ImportsApiTests(WebAppFixture app)
{
    [Fact]
    public async Task UploadingAFileAnswers201WithTheReportAndStoresTheImport()
    {
        var response = await Upload(ObservationCsv.Bytes(ObservationCsv.Mixed("api-201")), "salaires.csv");
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("salaires.csv", json.GetProperty("file").GetString());
        Assert.Equal("observations", json.GetProperty("format").GetString());
        Assert.Equal(5, json.GetProperty("read").GetInt64());
        Assert.Equal(3, json.GetProperty("accepted").GetInt64());
        Assert.Equal(2, json.GetProperty("rejected").GetInt64());
        Assert.Equal(1, json.GetProperty("flagged").GetInt64());
        Assert.False(json.GetProperty("alreadyImported").GetBoolean());
        var rejections = json.GetProperty("rejections").EnumerateArray().Select(r => (r.GetProperty("line").GetInt64(), r.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3L, "sector"), (6L, "pay_amount")], rejections);
        Assert.Equal(4, json.GetProperty("flags")[0].GetProperty("line").GetInt64());
        var id = json.GetProperty("importId").GetInt64();
        Assert.Equal($"/api/imports/{id}", response.Headers.Location?.OriginalString);

        var (listResponse, list) = await app.GetJsonAsync("/api/imports");
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        var stored = list.EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal("salaires.csv", stored.GetProperty("fileName").GetString());
        Assert.Equal(json.GetProperty("sha256").GetString(), stored.GetProperty("sha256").GetString());
        Assert.Equal(3, stored.GetProperty("accepted").GetInt64());
    }

    [Fact]
    public async Task UploadingTheSameFileTwiceStoresItOnceAndAnswers200AlreadyImported()
    {
        var bytes = ObservationCsv.Bytes(ObservationCsv.Valid("api-twice"));
        var first = await Json(await Upload(bytes, "a.csv"));

        var response = await Upload(bytes, "b.csv");
        var second = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(second.GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(first.GetProperty("importId").GetInt64(), second.GetProperty("importId").GetInt64());
        Assert.Equal(2, second.GetProperty("accepted").GetInt64());
    }

    [Fact]
    public async Task AnImportsReportCanBeReadBackAndTheImportDeleted()
    {
        var created = await Json(await Upload(ObservationCsv.Bytes(ObservationCsv.Mixed("api-delete")), "effacer.csv"));
        var id = created.GetProperty("importId").GetInt64();

        var (reportResponse, report) = await app.GetJsonAsync($"/api/imports/{id}");
        var delete = await app.Client.DeleteAsync($"/api/imports/{id}");
        var (againResponse, again) = await app.GetJsonAsync($"/api/imports/{id}");
        var (_, list) = await app.GetJsonAsync("/api/imports");

        Assert.Equal(HttpStatusCode.OK, reportResponse.StatusCode);
        Assert.Equal(2, report.GetProperty("rejections").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        ProblemAssert.IsProblem(HttpStatusCode.NotFound, againResponse, again);
        Assert.DoesNotContain(list.EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task AFileOverSixteenMebibytesIsA413Problem()
    {
        var bytes = new byte[16 * 1024 * 1024 + 1];
        Array.Fill(bytes, (byte)'a');

        var response = await Upload(bytes, "enorme.csv");

        ProblemAssert.IsProblem(HttpStatusCode.RequestEntityTooLarge, response, await Json(response));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, "salaires.csv")] // an .xlsx renamed
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "salaires.csv")] // a PDF renamed
    [InlineData(new byte[] { 0x64, 0x61, 0x74, 0x65, 0x00, 0x01, 0x02, 0x03 }, "salaires.csv")] // NUL bytes
    [InlineData(new byte[] { 0x64, 0x61, 0x74, 0x65, 0x0A }, "salaires.xlsx")]                  // text, wrong extension
    public async Task ABinaryFileOrAnotherTypeIsA415Problem(byte[] bytes, string name)
    {
        var response = await Upload(bytes, name);

        ProblemAssert.IsProblem(HttpStatusCode.UnsupportedMediaType, response, await Json(response));
    }

    [Fact]
    public async Task ABodyThatIsNotMultipartIsA415Problem()
    {
        var response = await app.Client.PostAsync("/api/imports", new StringContent(ObservationCsv.Valid("raw"), System.Text.Encoding.UTF8, "text/csv"));

        ProblemAssert.IsProblem(HttpStatusCode.UnsupportedMediaType, response, await Json(response));
    }

    [Fact]
    public async Task AFormWithoutAFileOrWithAnEmptyOneIsA400Problem()
    {
        var noFile = await app.Client.PostAsync("/api/imports", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        var empty = await Upload([], "vide.csv");

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, noFile, await Json(noFile));
        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, empty, await Json(empty));
    }

    [Fact]
    public async Task AFileWithoutARecognisableHeaderIsA400ProblemAndStoresNothing()
    {
        var before = (await app.GetJsonAsync("/api/imports")).Json.GetArrayLength();

        var response = await Upload(ObservationCsv.Bytes("bonjour;au revoir\nun;deux\n"), "autre.csv");

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, response, await Json(response));
        Assert.Equal(before, (await app.GetJsonAsync("/api/imports")).Json.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/imports/abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/imports/-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/imports/999999", HttpStatusCode.NotFound)]
    public async Task ABadOrUnknownIdIsAProblem(string url, HttpStatusCode status)
    {
        var (getResponse, getJson) = await app.GetJsonAsync(url);
        var delete = await app.Client.DeleteAsync(url);

        ProblemAssert.IsProblem(status, getResponse, getJson);
        ProblemAssert.IsProblem(status, delete, await Json(delete));
    }

    [Fact]
    public async Task AnUnknownFormatIsA404Problem()
    {
        var response = await Upload(ObservationCsv.Bytes(ObservationCsv.Valid("format")), "x.csv", "?format=spreadsheet");

        ProblemAssert.IsProblem(HttpStatusCode.NotFound, response, await Json(response));
    }

    [Fact]
    public async Task AFormatGivenAsAFormFieldIsTheFormatAsked()
    {
        const string payroll = "Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\n" +
            "E101;F;Secrétaire médicale;1;2020-01-15;1;2100,00;0\n";

        // Asked for as observations, a payroll has none of their columns: refused, where it was imported as a payroll.
        var asObservations = await Upload(ObservationCsv.Bytes(payroll), "paie-champ.csv", fields: new() { ["format"] = "observations" });
        var unknown = await Upload(ObservationCsv.Bytes(payroll), "paie-champ.csv", fields: new() { ["format"] = "tableur" });
        var twice = await Upload(ObservationCsv.Bytes(payroll), "paie-champ.csv", "?format=payroll", new() { ["format"] = "observations" });

        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, asObservations, await Json(asObservations));
        ProblemAssert.IsProblem(HttpStatusCode.NotFound, unknown, await Json(unknown));
        var problem = await Json(twice);
        ProblemAssert.IsProblem(HttpStatusCode.BadRequest, twice, problem);
        Assert.Contains("Deux formats", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task APayrollFileIsRecognisedAndKeptAsPayroll()
    {
        const string payroll = "Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles\n" +
            "E001;F;Secrétaire médicale;1;2020-01-15;1;2100,00;0\nE002;H;Secrétaire médical;1;2022-09-01;0,8;1700,00;300\n";

        var response = await Upload(ObservationCsv.Bytes(payroll), "paie-2026.csv");
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("payroll", json.GetProperty("format").GetString());
        Assert.Equal(2, json.GetProperty("read").GetInt64());
        var id = json.GetProperty("importId").GetInt64();
        var (_, list) = await app.GetJsonAsync("/api/imports");
        Assert.Equal("payroll", list.EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id).GetProperty("format").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.DeleteAsync($"/api/imports/{id}")).StatusCode);
    }

    [Fact]
    public async Task AJobAdsExportInJsonLinesIsRecognised()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "offres.jsonl"));

        var response = await Upload(bytes, "offres.jsonl");
        var json = await Json(response);

        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK);
        Assert.Equal("job-ads", json.GetProperty("format").GetString());
        Assert.Equal(3, json.GetProperty("read").GetInt64()); // three offers, one per line
        Assert.Equal(3, json.GetProperty("accepted").GetInt64() + json.GetProperty("rejected").GetInt64());
    }

    [Fact]
    public async Task TheGridDesignersMarketFollowsAnImportAndItsDeletionWithoutARestart()
    {
        // Five clinique observations in Auvergne-Rhône-Alpes at 4 years: the grid's market cell for 4 years counts them.
        async Task<int> CellAtFourYears()
        {
            var response = await app.Client.PostAsync("/api/grids/design", new StringContent(
                "{\"region\":\"84\",\"employer\":\"clinique\",\"percentile\":50,\"levels\":3,\"steps\":5,\"date\":\"2025-06-01\"}",
                System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var step = (await Json(response)).GetProperty("market").EnumerateArray()
                .Single(m => m.GetProperty("years").GetInt32() <= 4 && (m.GetProperty("toYears").ValueKind == JsonValueKind.Null || m.GetProperty("toYears").GetInt32() > 4));
            Assert.Equal("region-employer", step.GetProperty("scope").GetString());
            return step.GetProperty("n").GetInt32();
        }
        var before = await CellAtFourYears();
        var rows = string.Concat(Enumerable.Range(0, 5).Select(i => ObservationCsv.Valid($"grid-{i}").Split('\n')[2] + "\n"));

        var import = await Json(await Upload(ObservationCsv.Bytes(ObservationCsv.Header + "\n" + rows), "grille.csv"));
        Assert.Equal(5, import.GetProperty("accepted").GetInt64());
        var afterImport = await CellAtFourYears();
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.DeleteAsync($"/api/imports/{import.GetProperty("importId").GetInt64()}")).StatusCode);
        var afterDelete = await CellAtFourYears();

        Assert.Equal((before + 5, before), (afterImport, afterDelete));
    }

    private async Task<HttpResponseMessage> Upload(byte[] bytes, string fileName, string query = "", Dictionary<string, string>? fields = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { file, "file", fileName } };
        foreach (var (name, value) in fields ?? []) form.Add(new StringContent(value), name);
        return await app.Client.PostAsync("/api/imports" + query, form);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
