using Microsoft.AspNetCore.Diagnostics;

namespace MedSec.Web.Hosting;

/// <summary>
/// Errors never show a stack trace: API requests get RFC 9457 problem details (<see cref="ApiExceptionHandler"/>),
/// pages get the friendly <c>/Error</c> and <c>/not-found</c> pages.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddMedSecErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures (missing or malformed parameter) become exceptions in every environment, so the
        // handler answers them with the same problem details.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseMedSecErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(ApiStatusCodesAsProblems);
        return app;
    }

    /// <summary>Under <c>/api</c>, an error status without a body (unknown route, wrong method) becomes problem details, not the HTML page.</summary>
    private static async Task ApiStatusCodesAsProblems(HttpContext context, RequestDelegate next)
    {
        if (!ApiExceptionHandler.IsApiRequest(context))
        {
            await next(context);
            return;
        }

        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        await next(context);
        if (context.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null, ContentType: null })
        {
            var (title, detail) = Describe(context.Response.StatusCode);
            await TypedResults.Problem(statusCode: context.Response.StatusCode, title: title, detail: detail).ExecuteAsync(context);
        }
    }

    private static (string Title, string Detail) Describe(int status) => status switch
    {
        StatusCodes.Status404NotFound => ("Adresse inconnue", "Aucune ressource à cette adresse."),
        StatusCodes.Status405MethodNotAllowed => ("Méthode non permise", "Méthode HTTP non permise à cette adresse."),
        StatusCodes.Status413PayloadTooLarge => ("Requête trop volumineuse", "Requête trop volumineuse."),
        StatusCodes.Status415UnsupportedMediaType => ("Type de contenu non pris en charge",
            "Type de contenu non pris en charge à cette adresse : application/json pour un corps JSON, multipart/form-data pour un envoi de fichier."),
        _ => (ProblemTitles.BadInput, "La requête n'a pas pu aboutir."),
    };
}
