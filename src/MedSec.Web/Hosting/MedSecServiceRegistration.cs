using MedSec.Analytics.Pay;

namespace MedSec.Web.Hosting;

/// <summary>The services façade shared with the CLI: loaded once, a singleton for the whole app.</summary>
public static class MedSecServiceRegistration
{
    public static IServiceCollection AddMedSecServices(this IServiceCollection services)
    {
        // TODO(payrules): MedSecServices.LoadDefault() once it has landed.
        services.AddSingleton<IPayService>(_ => throw new NotSupportedException("Pay service not merged yet."));
        return services;
    }
}
