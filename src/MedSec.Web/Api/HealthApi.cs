namespace MedSec.Web.Api;

/// <summary><c>GET /healthz</c>: liveness for scripts and load balancers.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok")))
            .WithName("Health")
            .WithTags("Health");
        return app;
    }

    public sealed record HealthStatus(string Status);
}
