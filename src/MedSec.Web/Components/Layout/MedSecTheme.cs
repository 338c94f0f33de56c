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
            Secondary = "#00796b", // teal: white button text at 5.3:1 (the lighter #00897b gave 4.3:1)
            AppbarBackground = "#0d47a1",
            Background = "#f5f7fa",
            DrawerBackground = "#f5f7fa", // as the page: the drawer needs no edge
            // Status colours written as text (a delete button, an alerting row, a count) or under white text (a chip):
            // MudBlazor's defaults give 2.1–3.7:1 against white; these give 4.6–5.6:1 (WCAG 2.1, 1.4.3: 4.5:1).
            Warning = "#b35900",
            Info = "#1976d2",
            Error = "#c62828",
            Success = "#2e7d32",
            // Alerts write their text in the darkened colour; MudBlazor's own darkenings of its orange, blue, red and
            // green give 2.8–4.2:1 on the alerts' pale backgrounds, under WCAG 2.1's 4.5:1 for body text (1.4.3).
            // These give 5.5–7.9:1 on every background they meet here (the page, a card, the alerts' tints).
            WarningDarken = "#9a4a00",
            InfoDarken = "#0b5fa5",
            ErrorDarken = "#b71c1c",
            SuccessDarken = "#1b5e20",
            PrimaryDarken = "#0d47a1",
            // Secondary text (notes, captions): MudBlazor's 54 % black is 4.48:1 on the page's grey, just under 4.5:1.
            TextSecondary = "#5f6368",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
