using MedSec.Web.Tests.Browser;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Grid;

/// <summary>
/// A real Kestrel server of the whole app with its store in a temporary folder (<see cref="GridWebFactory"/>) and one
/// headless Debian chromium, for the "Grille salariale" browser tests. Fails loudly without /usr/bin/chromium.
/// </summary>
public sealed class GridBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public GridWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {BrowserFixture.ChromiumPath}, which is missing. " +
                "Run ./test.sh (it installs it) or `sudo apt-get install chromium`.");
        }
        Factory.UseKestrel(0);
        Factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Opens <paramref name="path"/> in a fresh context (downloads accepted) once the Blazor circuit is interactive.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Factory.ClientOptions.BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>
/// Every grid web test runs in this collection, one class after the other: they start whole apps and a browser, and
/// running them side by side would load the 2 cores that the other web tests share.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GridBrowserCollection : ICollectionFixture<GridBrowserFixture>
{
    public const string Name = "GridBrowser";
}
