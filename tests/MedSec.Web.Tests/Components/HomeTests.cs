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

        // A no-break space before the question mark (French typography): the mark never starts a line alone.
        Assert.Equal("Combien gagne une secrétaire médicale\u00A0?", cut.Find("h1").TextContent);
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
