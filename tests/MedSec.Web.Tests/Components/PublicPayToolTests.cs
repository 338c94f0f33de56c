using Bunit;
using MedSec.Web.Components.Pay;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Components;

public sealed class PublicPayToolTests : BunitTest
{
    private readonly StubPayService _pay = new(Builders.PublicPay(baseMonthlyGross: 2500.77m, warnings: ["Valeur du point ancienne."]));

    private IRenderedComponent<PublicPayTool> RenderTool()
    {
        Context.Services.AddSingleton<IPayService>(_pay);
        return RenderWithProviders<PublicPayTool>();
    }

    [Fact]
    public void OffersTheSixGradesWithFrenchLabels()
    {
        var cut = RenderTool();

        cut.Find("[data-testid=grade]").MouseDown();
        // The list opens through MudSelect's async handler: wait for it rather than race it.
        Popovers!.WaitForElement(".mud-list-item", TimeSpan.FromSeconds(10));

        var items = Popovers!.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Equal(6, items.Count);
        Assert.Contains("Assistant médico-administratif, classe normale (AMA-CN)", items);
        Assert.Contains("Adjoint administratif principal de 1re classe (AAH-C3)", items);
    }

    [Fact]
    public void ComputingSendsTheChosenInputsToThePayService()
    {
        var cut = RenderTool();

        Choose(cut, "grade", "Assistant médico-administratif, classe supérieure (AMA-CS)");
        Choose(cut, "zone", "Zone 1");
        cut.Find("[data-testid=echelon]").Change("13");
        cut.Find("[data-testid=date]").Change("01/06/2024");
        cut.Find("[data-testid=cti]").Change(false);
        cut.Find("button[data-testid=compute]").Click();

        // MudBlazor dispatches the click through its async handler: wait for it rather than race it on a busy machine.
        cut.WaitForAssertion(() =>
            Assert.Equal(new PublicPayQuery(GradeCode.AmaCs, 13, new DateOnly(2024, 6, 1), ResidenceZone.Zone1, IncludeCti: false), _pay.LastPublicQuery),
            TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void ComputingShowsThePayComponentsInFrenchFormatWithAsOfDateAndWarnings()
    {
        var cut = RenderTool();

        cut.Find("button[data-testid=compute]").Click();

        // As above: the click's async handler may finish after Click returns.
        cut.WaitForElement("[data-testid=public-pay-result]", TimeSpan.FromSeconds(10));
        Assert.Equal("2 500,77 €", Text.Normalize(cut.Find("[data-testid=pay-base]").TextContent));
        Assert.Equal("5 907,34 €", Text.Normalize(cut.Find("[data-testid=pay-point]").TextContent));
        Assert.Equal("508", cut.Find("[data-testid=pay-index]").TextContent);
        Assert.Contains("01/07/2023", cut.Find("[data-testid=as-of]").TextContent);
        Assert.Equal("Valeur du point ancienne.", cut.Find("[data-testid=pay-warning]").TextContent.Trim());
    }

    [Fact]
    public void ARefusedRequestShowsTheServiceMessageInsteadOfAResult()
    {
        _pay.Failure = new MedSecInputException("Échelon 14 inconnu pour AMA-CN.");
        var cut = RenderTool();

        cut.Find("button[data-testid=compute]").Click();

        cut.WaitForElement("[data-testid=pay-error]", TimeSpan.FromSeconds(10));
        Assert.Equal("Échelon 14 inconnu pour AMA-CN.", cut.Find("[data-testid=pay-error]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=public-pay-result]"));
    }

    private void Choose(IRenderedComponent<PublicPayTool> cut, string testId, string label)
    {
        cut.Find($"[data-testid={testId}]").MouseDown();
        // The list opens through MudSelect's async handler: wait for it rather than race it.
        Popovers!.WaitForElement(".mud-list-item", TimeSpan.FromSeconds(10));
        Popovers!.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == label).Click();
    }
}
