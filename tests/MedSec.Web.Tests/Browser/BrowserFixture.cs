using Deque.AxeCore.Playwright;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// One real Kestrel server (the whole app, real services) and one headless Debian chromium, shared by every test of
/// the <see cref="BrowserCollection"/>. Each test opens its own page with <see cref="OpenAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The width of the window <see cref="OpenAsync"/> opens by default: a laptop's.</summary>
    public const int WindowWidth = 1280;

    /// <summary>A phone's width (CSS pixels of a common 6.1-inch phone held upright).</summary>
    public const int PhoneWidth = 390;

    private readonly TestHome _home = new();
    private readonly WebApplicationFactory<Program> _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserFixture() => _factory = _home.Factory();

    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {ChromiumPath}, which is missing. " +
                "Run ./test.sh (it installs it) or `sudo apt-get install chromium`.");
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        if (BaseAddress.Port == 5000)
            throw new InvalidOperationException($"The test server listens on {BaseAddress}, not on a free port.");
        await ServiceWarmUp.RunAsync(_factory.Services);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Opens <paramref name="path"/> in a fresh browser context <paramref name="width"/> pixels wide and waits until
    /// the Blazor circuit is interactive; <paramref name="prepare"/>, when given, sets the context up first (routes).</summary>
    public async Task<IPage> OpenAsync(string path = "/", int width = WindowWidth, Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        if (prepare is not null) await prepare(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

    /// <summary>
    /// Opens <paramref name="path"/> with scripts off: the prerendered page as a reader sees it before the circuit is
    /// live, held in that state for as long as the test needs.
    /// </summary>
    public async Task<IPage> OpenPrerenderedAsync(string path)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = WindowWidth, Height = 900 },
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Saves a full-page screenshot to <c>artifacts/screenshots/{name}.png</c> at the repository root.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        // The app bar is fixed: a full-page shot taken while scrolled would draw it in the middle of the page.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    /// <summary>Chooses a file in the input with this test id once it is enabled (FileChooser enables it when its change
    /// listener is attached).</summary>
    public static async Task ChooseFileAsync(IPage page, string testId, FilePayload file)
    {
        var input = page.GetByTestId(testId);
        await Assertions.Expect(input).ToBeEnabledAsync();
        await input.SetInputFilesAsync(file);
    }

    /// <summary>The width an element's content needs and the width it has: a text cut off by an ellipsis, or a table that
    /// scrolls sideways, needs more than it has.</summary>
    public static async Task<(int Needed, int Given)> WidthsAsync(ILocator element)
    {
        var widths = await element.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>Asserts that an element's content needs no more width than it has (<see cref="WidthsAsync"/>): a text shows
    /// whole, a table shows its last column without scrolling sideways.</summary>
    public static async Task AssertFitsAsync(ILocator element, string what)
    {
        var (needed, given) = await WidthsAsync(element);
        Assert.True(needed <= given, $"{what} needs {needed} px and has {given} px: it is cut off or scrolls sideways.");
    }

    /// <summary>Asserts that an element ends within a window <paramref name="width"/> pixels wide.</summary>
    public static async Task AssertEndsWithinAsync(ILocator element, int width, string what)
    {
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X + box.Width <= width, $"{what} ends at {box.X + box.Width} px, past the {width} px window.");
    }

    /// <summary>Runs every rule axe-core enables by default (WCAG 2.1 A and AA, and Deque's best practices) on the page as
    /// the browser shows it, and fails with each violation: its rule, its impact, and the elements at fault with the
    /// reason axe gives for each.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        var faults = result.Violations.Select(v =>
            $"[{v.Impact}] {v.Id}: {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n =>
                $"    {n.Target} :: {Shorten(n.Html)}" + (n.Any.FirstOrDefault()?.Message is { } m ? $"\n      {m}" : ""))));
        Assert.True(result.Violations.Length == 0, $"{where}: {result.Violations.Length} rule(s) violated\n{string.Join("\n", faults)}");
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        _home.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
