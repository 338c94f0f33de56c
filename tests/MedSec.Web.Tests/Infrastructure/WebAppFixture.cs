using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedSec.Web.Tests.Infrastructure;

/// <summary>The whole app in memory (real services, real data), shared by the HTTP tests of <see cref="WebAppCollection"/>.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private readonly TestHome _home = new();
    private readonly WebApplicationFactory<Program> _factory;

    public WebAppFixture() => _factory = _home.Factory();

    public HttpClient Client { get; private set; } = default!;

    public Task InitializeAsync()
    {
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    /// <summary>GETs <paramref name="url"/> and parses the body as JSON (any status).</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return (response, document.RootElement.Clone());
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _home.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "WebApp";
}
