using MudBlazor;

namespace MedSec.Web.Components.Layout;

/// <summary>The MudBlazor theme: calm medical blues, system fonts only (no web fonts: the app runs offline).</summary>
public static class MedSecTheme
{
    private static readonly string[] Fonts = ["system-ui", "-apple-system", "Segoe UI", "DejaVu Sans", "Helvetica", "Arial", "sans-serif"];

    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            Secondary = "#00897b",
            AppbarBackground = "#0d47a1",
            Background = "#f5f7fa",
            DrawerBackground = "#f5f7fa", // as the page: the drawer needs no edge
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
