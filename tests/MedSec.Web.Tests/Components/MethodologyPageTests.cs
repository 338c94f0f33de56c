using Bunit;
using MedSec.Analytics;
using MedSec.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Components;

public sealed class MethodologyPageTests : BunitTest
{
    [Fact]
    public void ShowsEveryReferenceTableWithItsAsOfDateAndSaysTheMarketDataAreSynthetic()
    {
        Context.Services.AddSingleton(MedSecServices.LoadDefault());

        var cut = RenderWithProviders<MethodologyPage>();

        Assert.Equal("Méthode et sources", cut.Find("h1").TextContent);
        Assert.Equal(11, cut.FindAll("[data-testid=reference-table]").Count); // 7 tables + 4 agreements
        Assert.All(cut.FindAll("[data-testid=as-of]"), c => Assert.Matches(@"\d{2}/\d{2}/\d{4}", c.TextContent));
        Assert.Contains("synthétiques", cut.Find("[data-testid=honesty]").TextContent);
        var sections = cut.FindAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Données de marché d'exemple (synthétiques)", sections);
        Assert.Contains("Limites", sections);
        Assert.Contains("5 observations", cut.Find("[data-testid=section-privacy]").TextContent.Replace('\u00a0', ' '));
    }
}
