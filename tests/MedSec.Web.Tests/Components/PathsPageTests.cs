using Bunit;
using MedSec.Analytics;
using MedSec.Analytics.Careers;
using MedSec.Analytics.Estimation;
using MedSec.Data.Geography;
using MedSec.Web.Careers;
using MedSec.Web.Compare;
using MedSec.Web.Components.Pages;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Components;

public sealed class PathsPageTests : BunitTest
{
    private readonly StubCareers _careers = new();

    public PathsPageTests()
    {
        Context.Services.AddSingleton<ICareerPathService>(_careers);
        Context.Services.AddSingleton<IPayEstimator>(new StubEstimator());
        Context.Services.AddSingleton(MedSecServices.LoadDefault().Pay);
        Context.Services.AddSingleton(FrenchGeography.LoadDefault());
        Context.Services.AddSingleton<PayComparer>();
        Context.Services.AddSingleton(sp => new PathsAdvisor(() => _careers, StubCareers.RealCatalog, sp.GetRequiredService<PayComparer>()));
    }

    [Fact]
    public void TheRoleListHasTheFourteenRolesOfTheCatalogue()
    {
        var cut = RenderWithProviders<PathsPage>();

        var items = OpenList(cut.Find("[data-testid=role]")).Select(i => i.TextContent.Trim()).ToList();
        Assert.Equal(14, items.Count);
        Assert.Contains("Secrétaire médical(e) en cabinet ou en clinique", items);
        Assert.Contains("Assistant médico-administratif de classe normale", items);
        Assert.Empty(cut.FindAll("[data-testid=path-row]"));
    }

    [Fact]
    public void APostcodeShowsItsDepartementAndTheRegionItReplaces()
    {
        var cut = RenderWithProviders<PathsPage>();
        var postcode = cut.FindComponents<MudBlazor.MudTextField<string>>().Single(f => f.Instance.Label == "ou code postal");

        postcode.Find("input").Change("13001");

        cut.WaitForAssertion(() => Assert.Equal("Provence-Alpes-Côte d'Azur", Text.Squash(cut.Find("[data-testid=region]").TextContent)));
        Assert.Contains("D'après le code postal : Bouches-du-Rhône (13)", Text.Squash(cut.Find("[data-testid=paths-form]").TextContent));

        postcode.Find("input").Change("98000");
        cut.WaitForAssertion(() => Assert.Equal("true", postcode.Find("input").GetAttribute("aria-invalid")));
        Assert.Contains("Code postal inconnu", postcode.Markup);
    }

    [Fact]
    public void TheTrajectoriesFiguresAreATableUnderTheChart()
    {
        var cut = RenderWithProviders<PathsPage>();

        ClickThenWaitFor(cut, "button[data-testid=plan]", "[data-testid=trajectory-data]");

        // The stub's two paths: trainer (2 000 € then 2 600 €) ranked first, staying put (2 000 € then 2 050 €).
        Assert.Equal(["Parcours", "An 1", "An 2"], cut.FindAll("[data-testid=trajectory-data] thead th").Select(th => th.TextContent.Trim()));
        var rows = cut.FindAll("[data-testid=trajectory-row]").Select(r => r.Children.Select(c => Text.Squash(c.TextContent)).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("1. Formateur·rice", rows[0][0]);
        Assert.Equal(["2 000 €", "2 600 €"], rows[0].Skip(1));
        Assert.StartsWith("2. Rester", rows[1][0]);
        Assert.Equal(["2 000 €", "2 050 €"], rows[1].Skip(1));
    }

    [Fact]
    public void PlanningShowsTheRankedPathsTheChartTrainingAndAPrintLink()
    {
        var cut = RenderWithProviders<PathsPage>();

        ClickThenWaitFor(cut, "button[data-testid=plan]", "[data-testid=paths-table]");

        Assert.Equal(CareerRole.Secretary, _careers.Asked!.Role);
        Assert.Equal("84", _careers.Asked.Region.Code);
        Assert.Equal(10, _careers.Asked.Years);
        var rows = cut.FindAll("[data-testid=path-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Formateur·rice (formation AFPA de formateur)", rows[0].TextContent);
        Assert.Equal("8,6 %", Text.Normalize(rows[0].QuerySelector("[data-testid=probability]")!.TextContent));
        Assert.Contains("42 000 €", Text.Normalize(rows[0].TextContent));
        Assert.Contains("9 mois", rows[0].TextContent);
        Assert.Contains("Rester Secrétaire médical(e)", rows[1].TextContent);
        Assert.Contains("CPF, Transitions Pro", cut.Find("[data-testid=trainings]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=trajectory-chart] svg"));
        Assert.Contains("synthétiques", cut.Find("[data-testid=synthetic-label]").TextContent);
        var print = cut.Find("[data-testid=print-link]");
        Assert.Equal("/parcours/impression?region=84&experience=4&role=secretary&years=10", print.GetAttribute("href"));
        Assert.Equal("_blank", print.GetAttribute("target"));
    }

    [Fact]
    public void ThePrintViewRecomputesThePathsFromItsAddress()
    {
        var navigation = Context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();
        navigation.NavigateTo("/parcours/impression?region=53&experience=7&role=AMA-CN&years=15");

        var cut = RenderWithProviders<PathsPrintPage>();

        Assert.Equal(CareerRole.AmaCn, _careers.Asked!.Role);
        Assert.Equal("53", _careers.Asked.Region.Code);
        Assert.Equal(7, _careers.Asked.Experience);
        Assert.Equal(15, _careers.Asked.Years);
        Assert.Equal(2, cut.FindAll("[data-testid=path-row]").Count);
        Assert.NotNull(cut.Find("[data-testid=print-button]"));
    }

    [Fact]
    public void ThePrintViewExplainsABadAddress()
    {
        var navigation = Context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();
        navigation.NavigateTo("/parcours/impression?region=99&experience=7&role=secretary&years=15");

        var cut = RenderWithProviders<PathsPrintPage>();

        Assert.Contains("99", cut.Find("[data-testid=paths-error]").TextContent);
    }

    [Fact]
    public void ThePrintViewWithoutARegionTakesThePlanPagesDefault()
    {
        // "Paramètre region manquant." named the API's parameter to a reader; /parcours itself plans for région 84.
        var navigation = Context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();
        navigation.NavigateTo("/parcours/impression?experience=7&role=secretary&years=15");

        var cut = RenderWithProviders<PathsPrintPage>();

        Assert.Equal("84", _careers.Asked!.Region.Code);
        Assert.Empty(cut.FindAll("[data-testid=paths-error]"));
    }

    [Fact]
    public void ThePrintViewSaysAnUnreadableHorizonAndPlansNothing()
    {
        var navigation = Context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();
        // A cut or hand-edited address: planning over the form's 10 years would print 10 years as if asked.
        navigation.NavigateTo("/parcours/impression?region=84&experience=4&role=secretary&years=abc");

        var cut = RenderWithProviders<PathsPrintPage>();

        Assert.Contains("l'horizon « abc »", Text.Normalize(cut.Find("[data-testid=paths-error]").TextContent));
        Assert.Null(_careers.Asked);
        Assert.Empty(cut.FindAll("[data-testid=path-row]"));
    }

    [Fact]
    public void ThePlanPageSaysAnUnreadableExperienceAndPlansNothing()
    {
        var navigation = Context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();
        navigation.NavigateTo("/parcours?region=84&experience=4,5&role=secretary&years=10");

        var cut = RenderWithProviders<PathsPage>();

        Assert.Contains("l'expérience « 4,5 »", Text.Normalize(cut.Find("[data-testid=paths-error]").TextContent));
        Assert.Null(_careers.Asked);
        Assert.Empty(cut.FindAll("[data-testid=path-row]"));
    }
}
