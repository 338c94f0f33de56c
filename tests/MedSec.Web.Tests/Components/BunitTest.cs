using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MedSec.Web.Tests.Components;

/// <summary>
/// Base of the component tests: a fresh bUnit context per test with MudBlazor's services, loose JS interop and an
/// interactive renderer (set on first render: components that wait for interactivity render as in the browser).
/// </summary>
public abstract class BunitTest : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();

    protected BunitTest()
    {
        Context.Services.AddMudServices();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>Where MudBlazor renders open menus and select lists (set by <see cref="RenderWithProviders{TComponent}"/>).</summary>
    protected IRenderedComponent<MudBlazor.MudPopoverProvider>? Popovers { get; private set; }

    /// <summary>Renders the providers MudBlazor's popovers need next to the component.</summary>
    protected IRenderedComponent<TComponent> RenderWithProviders<TComponent>() where TComponent : IComponent
    {
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Popovers = Context.Render<MudBlazor.MudPopoverProvider>();
        return Context.Render<TComponent>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only implement IAsyncDisposable.
    public async Task DisposeAsync() => await Context.DisposeAsync();
}
