namespace MedSec.Web.Api;

/// <summary>Placeholder until PayRequestParser lands.</summary>
public static class PayApi
{
    public static IEndpointRouteBuilder MapPayApi(this IEndpointRouteBuilder app) => app;
}
