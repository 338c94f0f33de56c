using System.Text.Encodings.Web;
using Scalar.AspNetCore;

namespace MedSec.Web.Api;

/// <summary>The HTTP API as a whole: JSON options, OpenAPI document, Scalar UI and the list of endpoint groups.</summary>
public static class ApiConventions
{
    public static IServiceCollection AddMedSecApi(this IServiceCollection services)
    {
        // camelCase and DateOnly as yyyy-MM-dd are the web defaults; keep accents readable in warnings and messages.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddOpenApi();
        return services;
    }

    /// <summary>Maps <c>/openapi/v1.json</c>, <c>/scalar</c> and every endpoint group. A new group is one line here.</summary>
    public static IEndpointRouteBuilder MapMedSecApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("MedSec API").DisableDefaultFonts());
        app.MapHealthApi();
        app.MapPayApi();
        app.MapCareerApi();
        app.MapEstimateApi();
        app.MapPathsApi();
        app.MapImportsApi();
        app.MapGridApi();
        return app;
    }

    /// <summary>Documents the problem details every MedSec endpoint may answer: 400 bad input, 404 unknown code.</summary>
    public static RouteGroupBuilder ProducesMedSecProblems(this RouteGroupBuilder group) => group
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
