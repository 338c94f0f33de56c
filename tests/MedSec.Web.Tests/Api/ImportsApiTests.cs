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

    private async Task<HttpResponseMessage> Upload(byte[] bytes, string fileName, string query = "")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { file, "file", fileName } };
        return await app.Client.PostAsync("/api/imports" + query, form);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
