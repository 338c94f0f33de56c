using Microsoft.AspNetCore.Routing.Template;

namespace MedSec.Web.Hosting;

/// <summary>
/// The methods each <c>/api</c> address answers, read from the app's own endpoints. ASP.NET Core cannot tell on its own:
/// the static-assets fallback (<c>{**path:file}</c>, GET and HEAD) is a candidate for every path, so a GET on a POST-only
/// route ends as 404 and a POST to an unknown address as 405 "Allow: GET, HEAD". RFC 9110 §15.5.6 wants 405 with the
/// route's real methods in <c>Allow</c> when the address exists, and 404 when it does not.
/// </summary>
public sealed class ApiRoutes(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyList<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)>> _routes = new(() =>
        [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .Select(e => (new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()),
                (IReadOnlyList<string>)(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])))]);

    /// <summary>The methods some <c>/api</c> endpoint answers at <paramref name="path"/>, in a stable order; empty when none matches it.</summary>
    public IReadOnlyList<string> MethodsAt(PathString path) =>
        [.. _routes.Value.Where(r => r.Matcher.TryMatch(path, new RouteValueDictionary()))
            .SelectMany(r => r.Methods).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
}
