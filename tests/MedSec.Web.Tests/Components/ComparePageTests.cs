using Bunit;
using MedSec.Analytics;
using MedSec.Analytics.Estimation;
using MedSec.Data.Geography;
using MedSec.Web.Compare;
using MedSec.Web.Components.Pages;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Components;

public sealed class ComparePageTests : BunitTest
{
    private readonly StubEstimator _estimator = new();

    private IRenderedComponent<ComparePage> Render()
    {
        Context.Services.AddSingleton<IPayEstimator>(_estimator);
        Context.Services.AddSingleton(MedSecServices.LoadDefault().Pay);
        Context.Services.AddSingleton(FrenchGeography.LoadDefault());
        Context.Services.AddSingleton<PayComparer>();
        return RenderWithProviders<ComparePage>();
    }

    [Fact]
    public void BeforeComparingOnlyTheFormIsShown()
    {
        var cut = Render();

        Assert.NotNull(cut.Find("[data-testid=compare-form]"));
        Assert.Empty(cut.FindAll("[data-testid^=column-]"));
    }

    [Fact]
    public void ComparingShowsTheThreeSectorsWithTheSyntheticLabelAndThePublicGrid()
    {
        var cut = Render();

        ClickThenWaitFor(cut, "button[data-testid=compare]", "[data-testid=column-private]");

        Assert.Equal(3, cut.FindAll("[data-testid^=column-]").Count);
        Assert.Equal("2 000 €", Text.Normalize(cut.Find("[data-testid=column-private] [data-testid=median]").TextContent));
        Assert.Equal("2 400 €", Text.Normalize(cut.Find("[data-testid=column-public] [data-testid=median]").TextContent));
        Assert.Contains("synthétiques", cut.Find("[data-testid=synthetic-label]").TextContent);
        Assert.Contains("AMA-CN échelon", Text.Normalize(cut.Find("[data-testid=public-grid]").TextContent));
        // Beside figures for the person's hours, the grid's is said to be a full-time one.
        Assert.Contains("brut mensuel à temps plein", Text.Normalize(cut.Find("[data-testid=public-grid-pay]").TextContent));
        Assert.Contains("n = 42", Text.Normalize(cut.Find("[data-testid=column-remote] [data-testid=certainty]").TextContent));
        Assert.Equal("Plancher légal : 1 801,80 € (SMIC)", Text.Squash(cut.Find("[data-testid=column-remote] [data-testid=floor]").TextContent));
        Assert.Contains("4 ans d'expérience : +120 €", cut.Find("[data-testid=explanation-private]").TextContent);
        // Full time: one section of figures only; columns public, private, remote.
        Assert.Empty(cut.FindAll("[data-testid=hours-gross-monthly]"));
        var gross = cut.FindAll("[data-testid=full-gross-monthly] td").Select(c => Text.Squash(c.TextContent)).ToList();
        Assert.Equal(["2 400 € (2 300 € – 2 500 €)", "2 000 € (1 900 € – 2 100 €)", "1 900 € (1 800 € – 2 000 €)"], gross);
    }

    [Fact]
    public void AnAssumedSizeIsSaidInWordsAsTheExplanationSaysIt()
    {
        // The estimator assumed the size band "1-9" (the stub's): the column says "1 à 9 salariés", as the explanation's
        // effects do, not the code ("taille 1-9 salariés", "250+").
        var cut = Render();

        ClickThenWaitFor(cut, "button[data-testid=compare]", "[data-testid=column-private]");

        var column = Text.Squash(cut.Find("[data-testid=column-private]").TextContent);
        Assert.Contains("effectif de 1 à 9 salariés", column);
        Assert.DoesNotContain("1-9", column);
    }

    [Fact]
    public void AWarningSaysWhichSectorsItIsAboutUnlessItIsAboutAll()
    {
        var cut = Render();

        ClickThenWaitFor(cut, "button[data-testid=compare]", "[data-testid=warnings]");

        var warnings = cut.FindAll("[data-testid=warning]").Select(w => Text.Squash(w.TextContent)).ToList();
        Assert.Equal(["Modèle de test.", "Public (hôpital), Télésecrétariat : Grille de test.", "Privé : Minimum de test."], warnings);
    }

    [Fact]
    public void PartTimeAddsAColumnForTheHours()
    {
        var cut = Render();
        var hours = cut.FindComponents<MudBlazor.MudNumericField<decimal>>().Single(f => f.Instance.Label == "Heures par semaine");
        hours.Find("input").Change("28");
        ClickThenWaitFor(cut, "button[data-testid=compare]", "[data-testid=column-private]");

        var row = cut.FindAll("[data-testid=hours-gross-monthly] td").Select(c => Text.Squash(c.TextContent)).ToList();
        // Private: 2 000 € × 28 / 35 = 1 600 €; P25 1 900 × 0.8 = 1 520 €; P75 2 100 × 0.8 = 1 680 €; annual × 12.
        Assert.Equal("1 600 € (1 520 € – 1 680 €)", row[1]);
        Assert.StartsWith("19 200 €", Text.Normalize(cut.FindAll("[data-testid=hours-gross-annual] td")[1].TextContent));
        Assert.Contains("Vos 28 h par semaine", Text.Normalize(cut.Find("[data-testid=compare-table]").TextContent));
        Assert.Contains("Pour vos 28 h : 1 600 € brut", Text.Normalize(cut.Find("[data-testid=column-private] [data-testid=at-hours]").TextContent));
        // The floor for the hours follows the SMIC's with no space before the comma: 1 801,80 € × 28 / 35 = 1 441,44 €.
        Assert.Equal("Plancher légal : 1 801,80 € (SMIC), 1 441,44 € pour 28 h",
            Text.Squash(cut.Find("[data-testid=column-private] [data-testid=floor]").TextContent));
    }

    [Fact]
    public void APostcodeShowsItsDepartementAndTheRegionItReplaces()
    {
        var cut = Render();
        var postcode = cut.FindComponents<MudBlazor.MudTextField<string>>().Single(f => f.Instance.Label == "ou code postal");
        Assert.Equal("Auvergne-Rhône-Alpes", Text.Squash(cut.Find("[data-testid=region]").TextContent));
        Assert.Empty(cut.FindAll(".mud-select .mud-disabled"));

        postcode.Find("input").Change("33000");

        cut.WaitForAssertion(() => Assert.Equal("Nouvelle-Aquitaine", Text.Squash(cut.Find("[data-testid=region]").TextContent)));
        Assert.NotEmpty(cut.FindAll(".mud-select .mud-disabled"));
        Assert.Contains("D'après le code postal : Gironde (33)", Text.Squash(cut.Find("[data-testid=compare-form]").TextContent));

        // Emptied, the field gives the région chosen before back.
        postcode.Find("input").Change("");
        cut.WaitForAssertion(() => Assert.Equal("Auvergne-Rhône-Alpes", Text.Squash(cut.Find("[data-testid=region]").TextContent)));
        Assert.DoesNotContain("D'après le code postal", cut.Find("[data-testid=compare-form]").TextContent);
    }

    [Fact]
    public void TextThatCannotBeAPostcodeIsMarked()
    {
        var cut = Render();
        var postcode = cut.FindComponents<MudBlazor.MudTextField<string>>().Single(f => f.Instance.Label == "ou code postal");

        postcode.Find("input").Change("690");
        Assert.Equal("false", postcode.Find("input").GetAttribute("aria-invalid"));

        postcode.Find("input").Change("Lyon");
        cut.WaitForAssertion(() => Assert.Equal("true", postcode.Find("input").GetAttribute("aria-invalid")));
        Assert.Contains("Code postal inconnu 'Lyon'", postcode.Markup);
    }

    [Fact]
    public void AnUnknownPostcodeShowsAFrenchMessage()
    {
        var cut = Render();

        var postcode = cut.FindComponents<MudBlazor.MudTextField<string>>().Single(f => f.Instance.Label == "ou code postal");
        postcode.Find("input").Change("00000");
        ClickThenWaitFor(cut, "button[data-testid=compare]", "[data-testid=field-problem]");
        // Said under the field, which it describes, and not in the answer area as well.
        var message = cut.Find("[data-testid=field-problem]");
        Assert.Contains("Code postal inconnu '00000'", message.TextContent);
        Assert.Equal(message.Id, postcode.Find("input").GetAttribute("aria-describedby"));
        Assert.Empty(cut.FindAll("[data-testid=compare-error]"));
    }
}
