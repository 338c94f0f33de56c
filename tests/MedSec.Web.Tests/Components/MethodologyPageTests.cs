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
        Context.Services.AddSingleton(MedSec.Data.Geography.FrenchGeography.LoadDefault());
        Context.Services.AddSingleton(MedSec.Data.Sample.MarketFigures.LoadDefault());

        var cut = RenderWithProviders<MethodologyPage>();

        Assert.Equal("Méthode et sources", cut.Find("h1").TextContent);
        // 10 tables of the pay rules (Mayotte's SMIC apart), 4 agreements, then careers, départements and market figures.
        Assert.Equal(17, cut.FindAll("[data-testid=reference-table]").Count);
        Assert.Contains("careers.csv", cut.FindAll("[data-testid=reference-table]")[14].TextContent);
        Assert.All(cut.FindAll("[data-testid=as-of]").Take(15), c => Assert.Matches(@"\d{2}/\d{2}/\d{4}", c.TextContent));
        Assert.Contains("2018–2025 (et non datées)", cut.FindAll("[data-testid=as-of]")[16].TextContent); // market figures: their periods
        Assert.Contains("synthétiques", cut.Find("[data-testid=honesty]").TextContent);
        var sections = cut.FindAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Données de marché d'exemple (synthétiques)", sections);
        Assert.Contains("Limites", sections);
        Assert.Contains("5 observations", cut.Find("[data-testid=section-privacy]").TextContent.Replace('\u00a0', ' '));
    }

    [Fact]
    public void TheSourcesSayTheyAreQuotedAsRecordedInEnglishForMost()
    {
        // The source columns of data/reference are the research notes' citations, most of them in English ("absent an
        // agreement…"): a French reader is told so before opening them, rather than meeting English unannounced.
        Context.Services.AddSingleton(MedSecServices.LoadDefault());
        Context.Services.AddSingleton(MedSec.Data.Geography.FrenchGeography.LoadDefault());
        Context.Services.AddSingleton(MedSec.Data.Sample.MarketFigures.LoadDefault());

        var cut = RenderWithProviders<MethodologyPage>();

        var note = cut.Find("[data-testid=sources-language]").TextContent;
        Assert.Contains("telles qu'elles sont enregistrées", note);
        Assert.Contains("en anglais", note);
    }
}
