namespace MedSec.Web.Components.Forms;

/// <summary>A number as a French reader types it, made ready for the fr-FR parser.</summary>
public static class FrenchNumericText
{
    /// <summary>Without spaces (plain, no-break, narrow no-break: those grouping the thousands), a point read as the decimal comma.</summary>
    public static string? Normalised(string? text) =>
        text is null ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('.', ',');
}
