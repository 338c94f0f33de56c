using Bunit;
using MedSec.Web.Components.Pages;
using MedSec.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedSec.Web.Tests.Components;

public sealed class HomeTests : BunitTest
{
    [Fact]
    public void SaysWhatMedSecIsForWhomAndOffersThePublicGridTool()
    {
        Context.Services.AddSingleton<IPayService>(new StubPayService(Builders.PublicPay()));

        var cut = RenderWithProviders<Home>();

        Assert.Equal("Combien gagne une secrétaire médicale ?", cut.Find("h1").TextContent);
        var audiences = cut.FindAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Vous cherchez un poste", audiences);
        Assert.Contains("Vous êtes RH", audiences);
        Assert.Contains("Vous accompagnez des carrières", audiences);
        Assert.Contains("Grille publique", audiences);
        Assert.NotNull(cut.Find("button[data-testid=compute]"));
    }

    [Fact]
    public void TheComputeButtonWaitsForInteractivity()
    {
        Context.Services.AddSingleton<IPayService>(new StubPayService(Builders.PublicPay()));
        Context.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));

        var cut = Context.Render<Home>();

        Assert.True(cut.Find("button[data-testid=compute]").HasAttribute("disabled"));
    }
}
