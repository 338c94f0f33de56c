using MedSec.Analytics;

namespace MedSec.Web.Hosting;

/// <summary>The services façade shared with the CLI: reference data loaded once, one singleton for the whole app.</summary>
public static class MedSecServiceRegistration
{
    public static IServiceCollection AddMedSecServices(this IServiceCollection services)
    {
        services.AddSingleton(_ => MedSecServices.LoadDefault());
        services.AddSingleton(sp => sp.GetRequiredService<MedSecServices>().Pay);
        services.AddSingleton(sp => sp.GetRequiredService<MedSecServices>().Grids);
        return services;
    }
}
