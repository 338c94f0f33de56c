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
        app.UseWhen(ApiExceptionHandler.IsApiRequest, api => api.UseStatusCodePages());
        app.UseWhen(context => !ApiExceptionHandler.IsApiRequest(context), pages =>
            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        return app;
    }
}
