using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using MedSec.Analytics.Estimation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedSec.Web.Api;

/// <summary><c>GET /api/estimate</c>: the market pay of a profile, as <c>medsec estimate --json</c> prints it.</summary>
public static class EstimateApi
{
    public static IEndpointRouteBuilder MapEstimateApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Estimate").ProducesMedSecProblems()
            .MapGet("/estimate", GetEstimate).WithName("GetEstimate")
            .WithSummary("Market pay of a profile: median, P10–P90 (monthly gross, 35 h), legal floor, n, assumed values, explanation, the same for the given hours.");
        return app;
    }

    public static Ok<PayEstimate> GetEstimate(
        IPayEstimator estimator,
        [Required, Description("Sector: public, private, remote.")] string? sector,
        [Required, Description("INSEE région code: 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94, 01, 02, 03, 04, 06.")] string? region,
        [Required, Description("Years of experience (0 to 50).")] string? experience,
        [Description("Specialty: general, cardiology, paediatrics, surgery, radiology, ophthalmology, gynaecology, other.")] string? specialty,
        [Description("Employer type: cabinet, clinique, hopital, centre-sante, ehpad, medico-social, telesecretariat.")] string? employer,
        [Description("Employer size: 1-9, 10-49, 50-249, 250+.")] string? size,
        [Description("Contract: cdi, cdd, interim, freelance.")] string? contract,
        [Description("Contract hours per week (default 35): atHours gives the figures for them.")] string? weeklyHours,
        [Description("Date of the legal floor, yyyy-MM-dd (default: today).")] string? date) =>
        TypedResults.Ok(estimator.Estimate(
            EstimateRequestParser.Profile(sector, region, experience, specialty, employer, size, contract, weeklyHours, date)));
}
