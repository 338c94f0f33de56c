using System.ComponentModel;
using MedSec.Analytics.Imports;
using MedSec.Analytics.Pay;
using MedSec.Web.Hosting;
using MedSec.Web.Imports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedSec.Web.Api;

/// <summary>
/// <c>/api/imports</c>: upload a file of observations (multipart, field <c>file</c>; <see cref="UploadPolicy"/> first,
/// then the import service), list the stored imports with their provenance, read one's report, delete one.
/// </summary>
public static class ImportsApi
{
    /// <summary>Room for the multipart envelope around the file.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/imports").WithTags("Imports").ProducesMedSecProblems();
        imports.MapPost("/", PostImport).WithName("PostImport")
            .WithSummary("Imports a file of salary observations, job ads or payroll (multipart/form-data, field file; 16 Mo at most; .csv, .tsv, .txt, .json, .jsonl, .ndjson).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportReport>(StatusCodes.Status201Created)
            .Produces<ImportReport>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
        imports.MapGet("/", ListImports).WithName("ListImports").WithSummary("The stored imports, oldest first, with their provenance.");
        imports.MapGet("/{id}", GetImport).WithName("GetImport").WithSummary("The report of one stored import.");
        imports.MapDelete("/{id}", DeleteImport).WithName("DeleteImport").WithSummary("Deletes an import and its observations.");
        return app;
    }

    public static async Task<IResult> PostImport(
        HttpRequest request,
        IImportService imports,
        [Description("File format: auto (default: recognised from the content), observations, job-ads (France Travail JSON, JSON Lines or pipe export), payroll (an employer's payroll: personal data, kept apart from market data).")] string? format,
        CancellationToken cancellationToken)
    {
        var importFormat = ParseFormat(format);
        if (request.ContentLength > UploadPolicy.MaxBytes + EnvelopeBytes) return Refused(request, TooLarge());
        if (!request.HasFormContentType)
            return Refused(request, new UploadRefusal(UploadRefusalKind.UnsupportedType,
                "Envoyez le fichier en multipart/form-data, dans le champ « file »."));

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            bodyLimit.MaxRequestBodySize = UploadPolicy.MaxBytes + EnvelopeBytes;
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = UploadPolicy.MaxBytes + EnvelopeBytes,
            ValueCountLimit = 16,
        }));

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(request, TooLarge());
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return Refused(request, TooLarge());
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Refused(request, new UploadRefusal(UploadRefusalKind.Missing, "Envoi multipart illisible : renvoyez le fichier."));
        }

        // A "format" field of the form (curl -F format=payroll) is read as ?format= is: it was ignored, and the file
        // imported as recognised, which for a payroll asked for as observations stored it apart from what was asked.
        if (form.TryGetValue("format", out var formFormat) && !string.IsNullOrWhiteSpace(formFormat.ToString()))
        {
            var asked = ParseFormat(formFormat.ToString());
            if (!string.IsNullOrWhiteSpace(format) && asked != importFormat)
                throw new MedSecInputException(
                    $"Deux formats demandés : '{PayRequestParser.Shown(format)}' dans l'adresse et '{PayRequestParser.Shown(formFormat.ToString())}' dans le formulaire.");
            importFormat = asked;
        }

        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (UploadPolicy.CheckAnnounced(file?.FileName, file?.Length ?? 0) is { } announced) return Refused(request, announced);

        var content = new byte[file!.Length];
        await using (var stream = file.OpenReadStream())
            await stream.ReadExactlyAsync(content, cancellationToken);
        if (UploadPolicy.CheckContent(content) is { } refused) return Refused(request, refused);

        var report = imports.Import(Path.GetFileName(file.FileName), content, new ImportOptions(importFormat));
        return report.AlreadyImported
            ? TypedResults.Ok(report)
            : TypedResults.Created($"/api/imports/{report.ImportId}", report);
    }

    public static Ok<IReadOnlyList<ImportSummary>> ListImports(IImportService imports) =>
        TypedResults.Ok<IReadOnlyList<ImportSummary>>(imports.Imports().Select(ImportSummary.From).ToList());

    public static Ok<ImportReport> GetImport(IImportService imports, [Description("Import id.")] string id)
    {
        var record = StoredReports.Find(imports, ParseId(id)) ?? throw NotFound(id);
        return TypedResults.Ok(StoredReports.Read(record) ?? throw NotFound(id));
    }

    public static NoContent DeleteImport(IImportService imports, [Description("Import id.")] string id) =>
        imports.Delete(ParseId(id)) ? TypedResults.NoContent() : throw NotFound(id);

    private static ImportFormat ParseFormat(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return ImportFormat.Auto;
        return ImportFormats.Codes.TryParse(code, out var format)
            ? format
            : throw new MedSecInputException(
                $"Format inconnu '{PayRequestParser.Shown(code)}' (codes valides : {string.Join(", ", ImportFormats.Codes.AllCodes)}).", InputErrorKind.UnknownCode);
    }

    private static long ParseId(string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new MedSecInputException($"Identifiant d'import invalide '{id}' : nombre entier attendu.");

    private static MedSecInputException NotFound(string id) => new($"Aucun import n° {id}.", InputErrorKind.UnknownCode);

    private static UploadRefusal TooLarge() =>
        new(UploadRefusalKind.TooLarge, $"Fichier trop volumineux : {UploadPolicy.MaxSizeText} au plus.");

    private static ProblemHttpResult Refused(HttpRequest request, UploadRefusal refusal) => TypedResults.Problem(
        statusCode: refusal.Status,
        title: refusal.Kind switch
        {
            UploadRefusalKind.TooLarge => ProblemTitles.FileTooLarge,
            UploadRefusalKind.Missing => ProblemTitles.BadInput,
            _ => ProblemTitles.UnsupportedFile,
        },
        detail: refusal.Message,
        instance: request.Path);
}
