using MedSec.Analytics;
using MedSec.Analytics.Estimation;
using MedSec.Data.Reference;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Grid;

/// <summary>
/// The whole app (real services, bundled reference data and sample) with its local store in a temporary folder, so the
/// payrolls the grid tests import never touch ~/.medsec. Deleted with the factory.
/// </summary>
public sealed class GridWebFactory : WebApplicationFactory<Program>
{
    public string Home { get; } = Directory.CreateTempSubdirectory("medsec-grid-web-").FullName;

    public MedSecServices MedSec { get; }

    public GridWebFactory()
    {
        MedSec = new MedSecServices(ReferenceDataLoader.LoadDefault())
        {
            EstimationSettings = EstimationSettings.Default() with
            {
                DatabasePath = Path.Combine(Home, "medsec.db"),
                ModelDirectory = Path.Combine(Home, "models"),
            },
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(MedSec);
            services.AddSingleton(MedSec.Grids);
        });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // The store may still be open by a finishing request: the temp folder is left behind.
        }
    }
}
