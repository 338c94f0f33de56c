namespace MedSec.Web.Hosting;

/// <summary>
/// HEAD on the API and on <c>/healthz</c> answers as GET would, without the content (RFC 9110 §9.1: a server that answers
/// GET answers HEAD; §9.3.2). Minimal APIs map GET alone, and the static-assets fallback (GET and HEAD) took every HEAD,
/// so HEAD /healthz answered 404 and HEAD on a GET route of the API 405. The request is routed as GET; the server, which
/// read HEAD from the request line, sends the status and headers only.
/// </summary>
public static class HeadRequests
{
    private const string OriginalMethodKey = "MedSec.OriginalMethod";

    /// <summary>Routes HEAD as GET under <c>/api</c> and at <c>/healthz</c>, then routing itself (it must come after).</summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method) && AnswersHead(context.Request.Path))
            {
                context.Items[OriginalMethodKey] = context.Request.Method;
                context.Request.Method = HttpMethods.Get;
            }
            await next(context);
        });
        app.UseRouting();
        return app;
    }

    /// <summary>The method the client sent (HEAD where it was routed as GET), for messages and <c>Allow</c>.</summary>
    public static string OriginalMethod(HttpContext context) =>
        context.Items.TryGetValue(OriginalMethodKey, out var method) && method is string m ? m : context.Request.Method;

    /// <summary>The methods an address answers, HEAD with GET.</summary>
    public static IReadOnlyList<string> WithHead(IReadOnlyList<string> methods) =>
        methods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !methods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase)
            ? [.. methods.Append(HttpMethods.Head).Order(StringComparer.Ordinal)]
            : methods;

    private static bool AnswersHead(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/healthz");
}
