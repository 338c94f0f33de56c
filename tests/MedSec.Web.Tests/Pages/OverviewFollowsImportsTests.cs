using System.Net;
using System.Net.Http.Headers;
using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public sealed class OverviewFollowsImportsTests(WebAppFixture app)
{
    [Fact]
    public async Task AnImportReachesTheOverviewWithoutARestart()
    {
        var file = new ByteArrayContent(ObservationCsv.Bytes(ObservationCsv.Valid("overview")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { file, "file", "apercu.csv" } };
        var upload = await app.Client.PostAsync("/api/imports", form);

        var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/apercu")).Replace('\u00a0', ' ').Replace('\u202f', ' ');

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Contains("observations importées", html);
        Assert.Matches(@"\d+ observations importées", html);
    }
}
