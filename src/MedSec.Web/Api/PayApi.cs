using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedSec.Web.Api;

/// <summary>
/// <c>/api/pay/*</c>: the pay rules over HTTP. Parameters arrive as raw strings and go through
/// <see cref="PayRequestParser"/>, so the API and the CLI accept and refuse the same values with the same words
/// (<c>[Required]</c> only documents the parameter in OpenAPI: the parser is what refuses a missing one).
/// </summary>
public static class PayApi
{
    public static IEndpointRouteBuilder MapPayApi(this IEndpointRouteBuilder app)
    {
        var pay = app.MapGroup("/api/pay").WithTags("Pay").ProducesMedSecProblems();
        pay.MapGet("/public", GetPublicPay).WithName("GetPublicPay")
            .WithSummary("Public pay (fonction publique hospitalière) of a grade and échelon at a date.");
        pay.MapGet("/floor", GetFloor).WithName("GetFloor")
            .WithSummary("Legal floor of a private job: max(SMIC of the région for the hours, agreement minimum).");
        pay.MapGet("/net", GetNet).WithName("GetNet")
            .WithSummary("Monthly net before income tax from a monthly gross.");
        return app;
    }

    public static Ok<PublicPay> GetPublicPay(
        IPayService payService,
        [Required, Description("Grade code: AMA-CN, AMA-CS, AMA-CE, AAH-C1, AAH-C2, AAH-C3.")] string? grade,
        [Required, Description("Échelon in the grade's grid (1 = first).")] string? echelon,
        [Required, Description("Date, yyyy-MM-dd.")] string? date,
        [Description("Residence-allowance zone: 1, 2 or 3 (default).")] string? zone,
        [Description("true to leave out the CTI (complément de traitement indiciaire).")] string? noCti) =>
        TypedResults.Ok(payService.PublicPay(PayRequestParser.PublicPay(grade, echelon, date, zone, QueryFlag.Parse(noCti, "noCti"))));

    public static Ok<LegalFloor> GetFloor(
        IPayService payService,
        [Required, Description("Collective agreement (IDCC): 1147, 2264, 29 (or 0029), 2098.")] string? agreement,
        [Required, Description("The agreement's own level code (IDCC 1147: positionnement 4–16).")] string? level,
        [Required, Description("Date, yyyy-MM-dd.")] string? date,
        [Description("Contract hours per week (default 35).")] string? weeklyHours,
        [Description("INSEE région code of the job: its SMIC (Mayotte, 06, has its own); default: the métropole's.")] string? region) =>
        TypedResults.Ok(payService.Floor(PayRequestParser.Floor(agreement, level, date, weeklyHours, region)));

    public static Ok<NetPay> GetNet(
        IPayService payService,
        [Required, Description("Monthly gross in euros (decimal point or comma).")] string? gross,
        [Required, Description("Sector: public, private, remote.")] string? sector,
        [Description("Date of the rates, yyyy-MM-dd (default: today).")] string? date) =>
        TypedResults.Ok(payService.Net(PayRequestParser.Net(gross, sector, date)));
}
