namespace MedSec.Web.Components.Layout;

/// <summary>
/// The attributes of a table's box (a MudSimpleTable's root, which scrolls sideways when the table is wider than its
/// place: app.css): focusable, so that a keyboard can scroll it, and a named region, so that a screen reader says what
/// it holds (WCAG 2.1, 2.1.1 and 4.1.2).
/// </summary>
public static class TableRegion
{
    public static IReadOnlyDictionary<string, object> Named(string label) => new Dictionary<string, object>
    {
        ["tabindex"] = "0",
        ["role"] = "region",
        ["aria-label"] = label,
    };
}
