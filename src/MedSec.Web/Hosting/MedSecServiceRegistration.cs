using MedSec.Analytics;
using MedSec.Analytics.Careers;
using MedSec.Analytics.Estimation;
using MedSec.Analytics.Imports;
using MedSec.Analytics.Market;
using MedSec.Data.Geography;
using MedSec.Data.Reference;
using MedSec.Data.Sample;
using MedSec.Web.Careers;
using MedSec.Web.Compare;
using MedSec.Data.Store;

namespace MedSec.Web.Hosting;

/// <summary>
/// The services façade shared with the CLI: reference data loaded once, one singleton for the whole app. The local store
/// and the saved models live in the MedSec home (<see cref="HomeSetting"/>, else <c>$MEDSEC_HOME</c>, else <c>~/.medsec</c>).
/// </summary>
public static class MedSecServiceRegistration
{
    /// <summary>Configuration key of the folder holding the local store and models.</summary>
    public const string HomeSetting = "MedSec:Home";

    public static IServiceCollection AddMedSecServices(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var home = Home(sp.GetRequiredService<IConfiguration>());
            return new MedSecServices(ReferenceDataLoader.LoadDefault())
            {
                EstimationSettings = EstimationSettings.Default() with
                {
                    ModelDirectory = Path.Combine(home, EstimationSettings.ModelsFolder),
                    DatabasePath = Path.Combine(home, StoreLocation.FileName),
                },
            };
        });
        services.AddSingleton(sp => sp.GetRequiredService<MedSecServices>().Pay);
        services.AddSingleton(sp => sp.GetRequiredService<MedSecServices>().Estimator);
        services.AddSingleton(sp =>
        {
            // One read of the sample and the store for every page: the overview's statistics and the grid designer's market.
            var medsec = sp.GetRequiredService<MedSecServices>();
            return new MarketSnapshot(() => medsec.Market, medsec.ReloadMarketData);
        });
        services.AddSingleton<IImportService>(sp =>
        {
            var medsec = sp.GetRequiredService<MedSecServices>();
            return new RefreshingImportService(
                new ImportService(medsec.Pay, medsec.EstimationSettings.DatabasePath, sampleFile: medsec.EstimationSettings.SampleFile), sp.GetRequiredService<MarketSnapshot>());
        });
        services.AddSingleton(_ => FrenchGeography.LoadDefault());
        services.AddSingleton(_ => MarketFigures.LoadDefault());
        services.AddSingleton<PayComparer>();
        services.AddSingleton(sp => sp.GetRequiredService<MedSecServices>().Careers);
        services.AddSingleton(sp => new PathsAdvisor(
            sp.GetRequiredService<ICareerPathService>, sp.GetRequiredService<MedSecServices>().CareerCatalog, sp.GetRequiredService<PayComparer>()));
        services.AddHostedService<WarmUp>();
        services.AddSingleton(sp => sp.GetRequiredService<MedSecServices>().Grids);
        return services;
    }

    /// <summary>The MedSec home folder: <see cref="HomeSetting"/> when configured, else <see cref="StoreLocation.Home"/>.</summary>
    public static string Home(IConfiguration configuration) =>
        configuration[HomeSetting] is { Length: > 0 } home ? home : StoreLocation.Home();
}
