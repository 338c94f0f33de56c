using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using MedSec.Analytics.Careers;
using MedSec.Domain.Careers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedSec.Web.Api;

/// <summary><c>GET /api/paths</c>: career paths ranked by expected cumulative net, as <c>medsec paths --json</c> prints them.</summary>
public static class PathsApi
{
    public static IEndpointRouteBuilder MapPathsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Careers").ProducesMedSecProblems()
            .MapGet("/paths", GetPaths).WithName("GetPaths")
            .WithSummary("Career paths from a role (or a sector's usual role) over a horizon: yearly steps, cumulative gross and net, training, probability.");
        return app;
    }

    public static Ok<PathsResult> GetPaths(
        ICareerPathService careers,
        [Required, Description("INSEE région code: 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94, 01, 02, 03, 04, 06.")] string? region,
        [Required, Description("Years of experience in the starting role (0 to 50).")] string? experience,
        [Description("Starting career role: secretary, AMA-CN … AAH-C3, telesecretary, telesecretary-freelance, coordinator, admissions-manager, trainer, care-coordinator, clinic-manager. Give role or sector, not both.")] string? role,
        [Description("Sector whose usual role is the start (public, private, remote). Give role or sector, not both.")] string? sector,
        [Description("Specialty (default general).")] string? specialty,
        [Required, Description("Horizon in years (1 to 40).")] string? years,
        [Description("Start date, yyyy-MM-dd (default: today).")] string? date) =>
        TypedResults.Ok(careers.Paths(PathsRequestParser.Paths(region, experience, role, sector, specialty, years, date)));
}
