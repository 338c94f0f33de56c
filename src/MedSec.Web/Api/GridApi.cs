using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using MedSec.Analytics.Grids;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedSec.Web.Api;

/// <summary>
/// <c>/api/grids/*</c>: the HR salary-grid designer over HTTP. <c>POST /api/grids/design</c> takes a JSON body with the
/// CLI's option names in camelCase (numbers as JSON numbers or strings); <c>GET /api/grids/export</c> takes the same names
/// as query parameters and answers the grid as an XLSX workbook or one CSV table. Both go through
/// <see cref="GridRequestParser"/>, so the API and the CLI accept and refuse the same values with the same words.
/// </summary>
public static class GridApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapGridApi(this IEndpointRouteBuilder app)
    {
        var grids = app.MapGroup("/api/grids").WithTags("Grids").ProducesMedSecProblems();
        grids.MapPost("/design", PostDesign).WithName("PostGridDesign")
            .WithSummary("Designs a salary grid by level and seniority at a market percentile, never under the legal floors; with a payroll import, the staff analysis and the pay gaps.");
        // A file result says nothing of itself to OpenAPI: without this, the document had no success response for the export.
        grids.MapGet("/export", GetExport).WithName("GetGridExport")
            .WithSummary("The designed grid (and staff analysis) as an XLSX workbook (format=xlsx) or one CSV table (format=csv, table=grille|marche|annonces|personnel|cout|ecarts).")
            .Produces<Stream>(StatusCodes.Status200OK, XlsxContentType, "text/csv");
        return app;
    }

    public static Ok<GridDesign> PostDesign(IGridDesignService grids, GridDesignRequest? body)
    {
        var b = body ?? new GridDesignRequest();
        return TypedResults.Ok(grids.Design(GridRequestParser.Design(
            Text(b.Region, "region"), Text(b.Employer, "employer"), Text(b.Percentile, "percentile"), Text(b.Levels, "levels"),
            Text(b.Steps, "steps"), Text(b.Agreement, "agreement"), Text(b.Date, "date"), Text(b.Payroll, "payroll"),
            Text(b.LevelGap, "levelGap"), Text(b.ChargeRate, "chargeRate"))));
    }

    public static FileContentHttpResult GetExport(
        IGridDesignService grids,
        [Description("xlsx (default) or csv.")] string? format,
        [Description("With format=csv: grille (default), marche, annonces, personnel, cout or ecarts.")] string? table,
        [Required, Description("INSEE région code.")] string? region,
        [Required, Description("Employer type code.")] string? employer,
        [Required, Description("Target market percentile, 1–99.")] string? percentile,
        [Required, Description("Number of levels, 1–12.")] string? levels,
        [Required, Description("Number of seniority steps, 1–9.")] string? steps,
        [Description("IDCC: 1147, 2264, 29, 2098.")] string? agreement,
        [Description("Date, yyyy-MM-dd (default: today).")] string? date,
        [Description("Payroll import id.")] string? payroll,
        [Description("Gap between levels (0.04 or 4).")] string? levelGap,
        [Description("Employer charge rate (0.42 or 42).")] string? chargeRate)
    {
        var design = grids.Design(GridRequestParser.Design(region, employer, percentile, levels, steps, agreement, date, payroll, levelGap, chargeRate));
        var name = $"grille-salariale-{design.Region}-{design.Employer}-{design.Date:yyyy-MM-dd}";
        return (format ?? "xlsx").Trim().ToLowerInvariant() switch
        {
            "xlsx" => TypedResults.File(GridExports.Xlsx(design), XlsxContentType, name + ".xlsx"),
            "csv" => TypedResults.File(GridExports.Csv(design, table ?? "grille"), "text/csv; charset=utf-8", $"{name}-{(table ?? "grille").Trim().ToLowerInvariant()}.csv"),
            _ => throw new MedSecInputException($"Format d'export inconnu '{format}' : xlsx ou csv.", InputErrorKind.UnknownCode),
        };
    }

    /// <summary>A JSON string's text; a string whose bytes are not UTF-8 (which the JSON reader lets through) is bad input.</summary>
    private static string? String(JsonElement value, string name)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new MedSecInputException($"Valeur illisible pour {name} : texte UTF-8 attendu.");
        }
    }

    /// <summary>A JSON value as the parser's raw text: a string as is, a number as written, null or absent as null.</summary>
    private static string? Text(JsonElement? value, string name) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } v => String(v, name),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => throw new MedSecInputException($"Valeur invalide pour {name} : texte ou nombre attendu."),
    };
}

/// <summary>The body of <c>POST /api/grids/design</c>: the CLI's options in camelCase, as JSON strings or numbers.</summary>
public sealed record GridDesignRequest(
    [property: Description("INSEE région code, e.g. \"84\".")] JsonElement? Region = null,
    [property: Description("Employer type: cabinet, clinique, hopital, centre-sante, ehpad, medico-social, telesecretariat.")] JsonElement? Employer = null,
    [property: Description("Target market percentile, 1–99.")] JsonElement? Percentile = null,
    [property: Description("Number of levels, 1–12.")] JsonElement? Levels = null,
    [property: Description("Number of seniority steps, 1–9.")] JsonElement? Steps = null,
    [property: Description("IDCC: 1147, 2264, 29 (or 0029), 2098; default: the employer type's usual one.")] JsonElement? Agreement = null,
    [property: Description("Date of the floors, yyyy-MM-dd; default: today.")] JsonElement? Date = null,
    [property: Description("Payroll import id for the staff analysis and pay gaps.")] JsonElement? Payroll = null,
    [property: Description("Gap between levels: 0.04 or 4 (%).")] JsonElement? LevelGap = null,
    [property: Description("Employer charge rate: 0.42 or 42 (%); default: an assumption of 35 %.")] JsonElement? ChargeRate = null);
