using MedSec.Web.Tests.Infrastructure;

namespace MedSec.Web.Tests.Docs;

/// <summary>
/// README.md lists the HTTP API for other systems: every route the OpenAPI document describes is there, with its method.
/// It left out <c>GET /api/grids/export</c> and the imports' <c>GET /api/imports</c>, <c>GET</c> and
/// <c>DELETE /api/imports/{id}</c>, which only src/MedSec.Web/README.md and the OpenAPI document named.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ReadmeApiRoutesTests(WebAppFixture app)
{
    [Fact]
    public async Task TheReadmeNamesEveryRouteWithItsMethod()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var (_, json) = await app.GetJsonAsync("/openapi/v1.json");

        var routes = json.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"`{method.Name.ToUpperInvariant()} {path.Name}`"))
            .ToList();

        Assert.NotEmpty(routes);
        var missing = routes.Where(route => !readme.Contains(route, StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }
}
