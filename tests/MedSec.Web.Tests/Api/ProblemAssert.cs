using System.Net;
using System.Text.Json;

namespace MedSec.Web.Tests.Api;

public static class ProblemAssert
{
    /// <summary>The response is an RFC 9457 problem details with <paramref name="status"/>, a title and a one-line detail, no stack trace.</summary>
    public static void IsProblem(HttpStatusCode status, HttpResponseMessage response, JsonElement json)
    {
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, json.GetProperty("instance").GetString());
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        var title = json.GetProperty("title").GetString();
        Assert.False(string.IsNullOrWhiteSpace(title));
        // ASP.NET Core's own titles are English ("Bad Request", "Not Found"): every title the API answers is ours, in French.
        Assert.DoesNotMatch(@"^(Bad|Not|Unknown|Unexpected|File|Unsupported|Internal|Method)\b", title);
        var detail = json.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.DoesNotContain("\n", detail);
        Assert.DoesNotContain(" at MedSec.", json.GetRawText());
        Assert.False(json.TryGetProperty("exception", out _));
    }
}
