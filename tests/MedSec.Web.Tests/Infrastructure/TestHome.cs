using MedSec.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedSec.Web.Tests.Infrastructure;

/// <summary>A MedSec home of its own (store, models) in a temporary folder, so tests never touch <c>~/.medsec</c>.</summary>
public sealed class TestHome : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("medsec-web-tests-").FullName;

    public string DatabasePath => System.IO.Path.Combine(Path, MedSec.Data.Store.StoreLocation.FileName);

    /// <summary>
    /// The whole app, its MedSec home set to this folder. A subclass rather than <c>WithWebHostBuilder</c>, whose derived
    /// factory ignores <c>UseKestrel(0)</c> (it then binds the default port 5000).
    /// </summary>
    public WebApplicationFactory<Program> Factory(Action<IWebHostBuilder>? configure = null) => new HomeFactory(Path, configure);

    private sealed class HomeFactory(string home, Action<IWebHostBuilder>? configure) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(MedSecServiceRegistration.HomeSetting, home);
            configure?.Invoke(builder);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (SQLite on a slow shutdown): the OS cleans temp folders.
        }
    }
}
