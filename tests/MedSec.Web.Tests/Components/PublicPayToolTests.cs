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

        var items = OpenList(cut.Find("[data-testid=grade]")).Select(i => i.TextContent.Trim()).ToList();
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

        // The click's handler may run after Click returns (see BunitTest): wait for the query rather than race it.
        cut.WaitForAssertion(() =>
            Assert.Equal(new PublicPayQuery(GradeCode.AmaCs, 13, new DateOnly(2024, 6, 1), ResidenceZone.Zone1, IncludeCti: false), _pay.LastPublicQuery));
    }

    [Fact]
    public void ComputingShowsThePayComponentsInFrenchFormatWithAsOfDateAndWarnings()
    {
        var cut = RenderTool();

        ClickThenWaitFor(cut, "button[data-testid=compute]", "[data-testid=public-pay-result]");

        Assert.Equal("2 500,77 €", Text.Normalize(cut.Find("[data-testid=pay-base]").TextContent));
        Assert.Equal("5 907,34 €", Text.Normalize(cut.Find("[data-testid=pay-point]").TextContent));
        Assert.Equal("508", cut.Find("[data-testid=pay-index]").TextContent);
        Assert.Equal("Chiffre de référence le plus récent utilisé : en vigueur depuis le 01/07/2023.",
            Text.Normalize(cut.Find("[data-testid=as-of]").TextContent));
        Assert.Equal("Valeur du point ancienne.", cut.Find("[data-testid=pay-warning]").TextContent.Trim());
    }

    [Fact]
    public void ARefusedRequestShowsTheServiceMessageInsteadOfAResult()
    {
        _pay.Failure = new MedSecInputException("Échelon 14 inconnu pour AMA-CN.");
        var cut = RenderTool();

        ClickThenWaitFor(cut, "button[data-testid=compute]", "[data-testid=pay-error]");

        Assert.Equal("Échelon 14 inconnu pour AMA-CN.", cut.Find("[data-testid=pay-error]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=public-pay-result]"));
    }

    private void Choose(IRenderedComponent<PublicPayTool> cut, string testId, string label)
    {
        OpenList(cut.Find($"[data-testid={testId}]")).Single(i => i.TextContent.Trim() == label).Click();
    }
}
