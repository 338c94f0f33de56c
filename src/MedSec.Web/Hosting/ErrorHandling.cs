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
        services.AddSingleton<ApiRoutes>();
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
        if (RepeatedParameter(context.Request.Query) is { } repeated)
        {
            // Every parameter of the API takes one value; ASP.NET Core would join two with a comma ("AMA-CN,AMA-CS") and the
            // code be refused as unknown (404), or two equal ones be answered as if one had been sent.
            await TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: ProblemTitles.BadInput,
                detail: $"Paramètre « {repeated} » donné plusieurs fois : une seule valeur est attendue.").ExecuteAsync(context);
            return;
        }
        await next(context);
        if (context.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null, ContentType: null })
        {
            if (context.Response.StatusCode is StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed)
                AnswerForTheAddress(context);
            var (title, detail) = Describe(context);
            await TypedResults.Problem(statusCode: context.Response.StatusCode, title: title, detail: detail).ExecuteAsync(context);
        }
    }

    /// <summary>The first query parameter given more than once (names compare without case, as binding does), if any.</summary>
    private static string? RepeatedParameter(IQueryCollection query) =>
        query.FirstOrDefault(parameter => parameter.Value.Count > 1).Key;

    /// <summary>
    /// When no endpoint took the request: 405 with the real <c>Allow</c> if the address exists for other methods, else 404.
    /// An endpoint's own bodiless 404 (the method is one the address answers) is left as it is.
    /// </summary>
    private static void AnswerForTheAddress(HttpContext context)
    {
        var methods = HeadRequests.WithHead(context.RequestServices.GetRequiredService<ApiRoutes>().MethodsAt(context.Request.Path));
        if (methods.Contains(HeadRequests.OriginalMethod(context), StringComparer.OrdinalIgnoreCase)) return;
        context.Response.Headers.Allow = default;
        if (methods.Count == 0)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = string.Join(", ", methods);
    }

    private static (string Title, string Detail) Describe(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => ("Adresse inconnue", "Aucune ressource à cette adresse."),
        StatusCodes.Status405MethodNotAllowed when context.Response.Headers.Allow.Count > 0 => ("Méthode non permise",
            $"Méthode HTTP {HeadRequests.OriginalMethod(context)} non permise à cette adresse ; méthodes acceptées : {context.Response.Headers.Allow}."),
        StatusCodes.Status405MethodNotAllowed => ("Méthode non permise", "Méthode HTTP non permise à cette adresse."),
        StatusCodes.Status413PayloadTooLarge => ("Requête trop volumineuse", "Requête trop volumineuse."),
        StatusCodes.Status415UnsupportedMediaType => ("Type de contenu non pris en charge",
            "Type de contenu non pris en charge à cette adresse : application/json pour un corps JSON, multipart/form-data pour un envoi de fichier."),
        _ => (ProblemTitles.BadInput, "La requête n'a pas pu aboutir."),
    };
}
