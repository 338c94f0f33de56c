using MedSec.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MedSec.Web.Hosting;

/// <summary>
/// Turns any exception under <c>/api</c> into problem details: <see cref="MedSecInputException"/> → 400 or 404 with
/// its message, a binding failure → 400, anything else → 500 with a generic message (logged, never shown).
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public static bool IsApiRequest(HttpContext context) => IsApiPath(context.Request.Path);

    private static bool IsApiPath(PathString path) => path.StartsWithSegments("/api");

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already rewritten Request.Path to the error page: decide on the original path.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (!IsApiPath(path)) return false;

        var problem = exception switch
        {
            MedSecInputException { Kind: InputErrorKind.UnknownCode } e => Problem(StatusCodes.Status404NotFound, "Unknown code", e.Message),
            MedSecInputException e => Problem(StatusCodes.Status400BadRequest, "Bad input", e.Message),
            BadHttpRequestException e => Problem(StatusCodes.Status400BadRequest, "Bad input", e.Message),
            _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "The server could not answer this request."),
        };
        problem.Instance = path;
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception on {Path}", path);

        // Always JSON, whatever the Accept header: an API caller gets problem details, not the HTML error page.
        await TypedResults.Problem(problem).ExecuteAsync(context);
        return true;
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
