using AngleSharp.Dom;
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

    // MudBlazor's buttons and selects handle their events asynchronously: while the renderer is busy (a component
    // re-rendering itself after the first render, a loaded machine), Click and MouseDown return before the handler has
    // run. So a test waits for what the handler renders (for as long as BunitWaits allows) instead of reading at once.

    /// <summary>Clicks the element <paramref name="target"/> finds, then waits for the element <paramref name="result"/> finds.</summary>
    protected static IElement ClickThenWaitFor<TComponent>(IRenderedComponent<TComponent> cut, string target, string result)
        where TComponent : IComponent
    {
        cut.Find(target).Click();
        return cut.WaitForElement(result);
    }

    /// <summary>Opens a MudSelect and returns its items, once rendered in <see cref="Popovers"/>.</summary>
    protected IReadOnlyList<IElement> OpenList(IElement select)
    {
        var popovers = Popovers ?? throw new InvalidOperationException("Render the component with RenderWithProviders first.");
        select.MouseDown();
        popovers.WaitForElement(".mud-list-item");
        return popovers.FindAll(".mud-list-item");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only implement IAsyncDisposable.
    public async Task DisposeAsync() => await Context.DisposeAsync();
}
