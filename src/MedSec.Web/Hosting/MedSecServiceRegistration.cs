using MedSec.Analytics;
using MedSec.Analytics.Imports;
using MedSec.Data.Store;

namespace MedSec.Web.Hosting;

/// <summary>The services façade shared with the CLI: reference data loaded once, one singleton for the whole app.</summary>
public static class MedSecServiceRegistration
{
    /// <summary>Configuration key of the folder holding the local store and models (default <c>$MEDSEC_HOME</c>, else <c>~/.medsec</c>).</summary>
    public const string HomeSetting = "MedSec:Home";

    public static IServiceCollection AddMedSecServices(this IServiceCollection services)
    {
        services.AddSingleton(_ => MedSecServices.LoadDefault());
        services.AddSingleton(sp => sp.GetRequiredService<MedSecServices>().Pay);
        services.AddSingleton<IImportService>(sp => new ImportService(
            sp.GetRequiredService<IPayService>(), Path.Combine(Home(sp.GetRequiredService<IConfiguration>()), StoreLocation.FileName)));
        return services;
    }

    /// <summary>The MedSec home folder: <see cref="HomeSetting"/> when configured, else <see cref="StoreLocation.Home"/>.</summary>
    public static string Home(IConfiguration configuration) =>
        configuration[HomeSetting] is { Length: > 0 } home ? home : StoreLocation.Home();
}
