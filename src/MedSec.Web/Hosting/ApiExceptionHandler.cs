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
            MedSecInputException { Kind: InputErrorKind.UnknownCode } e => Problem(StatusCodes.Status404NotFound, ProblemTitles.UnknownCode, e.Message),
            MedSecInputException e => Problem(StatusCodes.Status400BadRequest, ProblemTitles.BadInput, e.Message),
            BadHttpRequestException e => BadRequest(e),
            _ => Problem(StatusCodes.Status500InternalServerError, ProblemTitles.Unexpected, "Le serveur n'a pas pu répondre à cette requête."),
        };
        problem.Instance = path;
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception on {Path}", path);

        // Always JSON, whatever the Accept header: an API caller gets problem details, not the HTML error page.
        await TypedResults.Problem(problem).ExecuteAsync(context);
        return true;
    }

    /// <summary>
    /// A request ASP.NET Core could not bind. Its own message is English and names our C# types ("Failed to read parameter
    /// \"GridDesignRequest body\" …"), so the caller gets a French sentence instead, with the JSON error's position.
    /// </summary>
    private static ProblemDetails BadRequest(BadHttpRequestException e)
    {
        var status = e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest;
        var detail = e.InnerException switch
        {
            System.Text.Json.JsonException { LineNumber: { } line, BytePositionInLine: { } position } =>
                $"Corps de requête illisible : objet JSON attendu (erreur à la ligne {line + 1}, position {position + 1}).",
            System.Text.Json.JsonException => "Corps de requête illisible : objet JSON attendu.",
            _ => status switch
            {
                StatusCodes.Status413PayloadTooLarge => "Requête trop volumineuse.",
                StatusCodes.Status415UnsupportedMediaType => "Type de contenu non pris en charge : application/json attendu.",
                _ => "Requête illisible : un paramètre manque ou est mal formé.",
            },
        };
        return Problem(status, ProblemTitles.BadInput, detail);
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
