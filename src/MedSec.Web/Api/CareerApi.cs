using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedSec.Web.Api;

/// <summary><c>/api/careers/*</c>: career timelines. Raw strings go through <see cref="PayRequestParser"/>, as in the CLI.</summary>
public static class CareerApi
{
    public static IEndpointRouteBuilder MapCareerApi(this IEndpointRouteBuilder app)
    {
        var careers = app.MapGroup("/api/careers").WithTags("Careers").ProducesMedSecProblems();
        careers.MapGet("/public", GetPublicCareer).WithName("GetPublicCareer")
            .WithSummary("Échelon timeline of a public grade from a start date, without grade promotion.");
        return app;
    }

    public static Ok<PublicCareer> GetPublicCareer(
        IPayService payService,
        [Required, Description("Grade code: AMA-CN, AMA-CS, AMA-CE, AAH-C1, AAH-C2, AAH-C3.")] string? grade,
        [Required, Description("Start date, yyyy-MM-dd.")] string? start,
        [Required, Description("Number of years to cover.")] string? years,
        [Description("Échelon at the start date (default 1).")] string? echelon) =>
        TypedResults.Ok(payService.PublicCareer(PayRequestParser.PublicCareer(grade, start, years, echelon)));
}
