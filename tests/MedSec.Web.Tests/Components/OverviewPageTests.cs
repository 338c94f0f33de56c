using Bunit;
using MedSec.Analytics;
using MedSec.Web.Components.Pages;
using MedSec.Web.Formatting;
using MedSec.Web.Hosting;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Components;

public sealed class OverviewPageTests : BunitTest
{
    /// <summary>
    /// Five private observations in Auvergne-Rhône-Alpes with 1 year of experience at 2 000 … 2 400 € (type 7: median
    /// 2 200, P25 2 100, P75 2 300), all synthetic; two real remote ones in Île-de-France, fewer than k = 5.
    /// </summary>
    private IRenderedComponent<OverviewPage> Render()
    {
        var market = new MarketBuilder()
            .Add(Sector.Private, "84", 1, 2000m, true).Add(Sector.Private, "84", 1, 2100m, true).Add(Sector.Private, "84", 1, 2200m, true)
            .Add(Sector.Private, "84", 1, 2300m, true).Add(Sector.Private, "84", 1, 2400m, true)
            .Add(Sector.Remote, "11", 3, 1900m, false).Add(Sector.Remote, "11", 3, 2500m, false)
            .Build();
        var services = MedSecServices.LoadDefault();
        Context.Services.AddSingleton(services);
        Context.Services.AddSingleton(services.Pay);
        Context.Services.AddSingleton(new MarketSnapshot(() => market));
        return RenderWithProviders<OverviewPage>();
    }

    [Fact]
    public void SectorCardsShowTheMedianAndQuartilesOrSayThereAreTooFewObservations()
    {
        var cut = Render();

        var privateCard = Text.Normalize(cut.Find("[data-testid=sector-private]").TextContent);
        Assert.Contains("2 200 €", privateCard);
        Assert.Contains("P25–P75 : 2 100 € – 2 300 €", privateCard);
        Assert.Contains("n = 5 observations", privateCard);
        Assert.Contains("Trop peu d'observations (n = 2)", cut.Find("[data-testid=sector-remote]").TextContent);
        Assert.Contains("Trop peu d'observations (n = 0)", cut.Find("[data-testid=sector-public]").TextContent);
    }

    [Fact]
    public void ARegionCellUnderKShowsItsCountButNoFigure()
    {
        var cut = Render();

        var ara = cut.Find("[data-testid=region-row][data-region='84']").Children.Select(c => Text.Normalize(c.TextContent)).ToList();
        var idf = cut.Find("[data-testid=region-row][data-region='11']").Children.Select(c => Text.Normalize(c.TextContent)).ToList();

        Assert.Equal(["Auvergne-Rhône-Alpes", "—", "2 200 € n = 5", "—"], ara.Select(s => System.Text.RegularExpressions.Regex.Replace(s, @"\s+", " ")));
        Assert.Equal("n < 5", idf[3]);
        Assert.DoesNotContain("€", idf[3]);
    }

    [Fact]
    public void TheChartDrawsOnlyCellsOfAtLeastKObservationsAndTheFloorsOfTheDataDate()
    {
        var cut = Render();

        var svg = cut.Find("[data-testid=experience-chart] svg");
        Assert.Contains("Privé : médiane", svg.TextContent);
        Assert.DoesNotContain("Télésecrétariat : médiane", svg.TextContent);
        Assert.DoesNotContain("Public (hôpital) : médiane", svg.TextContent);
        // Newest observation 2024-06-01: SMIC 1 766,92 € (décret 2023-1216), IDCC 1147 positionnement 5: 1 815,79 € (avenant 90).
        Assert.Equal("1 766,92 €", Text.Normalize(cut.Find("[data-testid=floor-smic] td:nth-child(2)").TextContent));
        Assert.Equal("1 815,79 €", Text.Normalize(cut.Find("[data-testid=floor-idcc-1147] td:nth-child(2)").TextContent));
        Assert.Contains("1 816 €", Text.Normalize(svg.TextContent));
    }

    [Fact]
    public void TheFloorsListMayottesOwnSmicWithoutDrawingIt()
    {
        var cut = Render();

        // Newest observation 2024-06-01: Mayotte's SMIC is 8,80 € an hour (décret n° 2023-1216, art. 1, 2°) × 35 × 52 / 12.
        var row = cut.Find("[data-testid=floor-smic-mayotte]");
        Assert.Equal(Text.Normalize(FrenchFormat.Euros(Math.Round(8.80m * 35m * 52m / 12m, 2, MidpointRounding.AwayFromZero))),
            Text.Normalize(row.QuerySelector("td:nth-child(2)")!.TextContent));
        Assert.Contains("Mayotte", row.TextContent);
        Assert.DoesNotContain("1 335 €", Text.Normalize(cut.Find("[data-testid=experience-chart] svg").TextContent));
    }

    [Fact]
    public void EachAgreementFloorNamesItsLevelWithTheAgreementsOwnWord()
    {
        var cut = Render();

        // The rows said "(niveau 5)" and "(niveau 188)" above a warning saying "(coefficient 188)": IDCC 1147 has
        // positionnements, 2264 and 2098 coefficients (and 2264 niveaux N1–N8 as well).
        Assert.StartsWith("IDCC 1147, cabinet médical (positionnement 5)", Text.Normalize(cut.Find("[data-testid=floor-idcc-1147] td:nth-child(1)").TextContent));
        Assert.StartsWith("IDCC 2264, clinique (coefficient 188)", Text.Normalize(cut.Find("[data-testid=floor-idcc-2264] td:nth-child(1)").TextContent));
        Assert.StartsWith("IDCC 2098, télésecrétariat (coefficient 140)", Text.Normalize(cut.Find("[data-testid=floor-idcc-2098] td:nth-child(1)").TextContent));
    }

    [Fact]
    public void TheChartsFiguresAreATableUnderIt()
    {
        var cut = Render();

        var rows = cut.FindAll("[data-testid=experience-data] [data-testid=experience-row]");
        Assert.Equal(["0-1", "2-4", "5-9", "10-19", "20+"], rows.Select(r => r.GetAttribute("data-band")));
        // The five private observations have 1 year of experience; the two remote ones 3 years, fewer than k.
        var first = rows[0].Children.Select(c => Text.Squash(c.TextContent)).ToList();
        Assert.Equal(["0 à 1 an", "—", "2 200 € P25–P75 : 2 100 € – 2 300 € n = 5", "—"], first);
        Assert.Equal("n < 5", Text.Squash(rows[1].Children[3].TextContent));
        Assert.Equal("Salaire selon l'expérience", cut.Find("[data-testid=experience-data] .experience-table").GetAttribute("aria-label"));
    }

    [Fact]
    public void ItSaysWhichShareOfTheObservationsIsSynthetic()
    {
        var cut = Render();

        // 5 synthetic of 7: 71 %.
        Assert.Contains("71 % des 7 observations", Text.Normalize(cut.Find("[data-testid=synthetic-label]").TextContent));
    }
}
