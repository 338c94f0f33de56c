using System.Net;
using System.Text.Json;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Api;

/// <summary>A bug in a service (not a refused input) still answers problem details, without the exception's text or stack.</summary>
public sealed class UnexpectedErrorTests : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
        .UseSetting(MedSec.Web.Hosting.WarmUp.Setting, "false")
        .ConfigureTestServices(services => services.AddSingleton<IPayService>(
            new StubPayService(Builders.PublicPay()) { Failure = new InvalidOperationException("secret internal detail") })));

    [Fact]
    public async Task AServiceBugIsA500ProblemWithoutInternals()
    {
        var response = await _factory.CreateClient().GetAsync("/api/pay/public?grade=AMA-CN&echelon=13&date=2024-06-01");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        ProblemAssert.IsProblem(HttpStatusCode.InternalServerError, response, json.RootElement);
        Assert.DoesNotContain("secret internal detail", body);
        Assert.DoesNotContain("InvalidOperationException", body);
    }

    [Fact]
    public async Task TheErrorPageIsFriendlyAndFrench()
    {
        var html = await _factory.CreateClient().GetStringAsync("/Error");

        Assert.Contains("Une erreur s'est produite", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("Revenir à l'accueil", System.Net.WebUtility.HtmlDecode(html));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
