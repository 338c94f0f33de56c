using Microsoft.AspNetCore.Localization;
using MedSec.Web.Formatting;

namespace MedSec.Web.Hosting;

/// <summary>The UI speaks French: every request (and so every Blazor circuit) runs in fr-FR, MudBlazor's messages too.</summary>
public static class FrenchCulture
{
    public static IServiceCollection AddFrenchCulture(this IServiceCollection services) =>
        services
            .AddTransient<MudBlazor.MudLocalizer, FrenchMudLocalizer>()
            .Configure<RequestLocalizationOptions>(options =>
            {
                options.DefaultRequestCulture = new RequestCulture(FrenchFormat.Culture);
                options.SupportedCultures = [FrenchFormat.Culture];
                options.SupportedUICultures = [FrenchFormat.Culture];
                options.RequestCultureProviders.Clear();
            });
}
