using System.Globalization;
using MedSec.Web.Formatting;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// Text with a decimal part typed where a whole number is needed (an échelon, years, levels): "2,5" is a number the
/// reader wrote plainly, so it is refused as not whole, in the words typed; MudBlazor's shared message ("Nombre illisible :
/// écrivez-le en chiffres (une virgule pour les décimales).") asked for the figures and the comma just given.
/// </summary>
public static class WholeNumbers
{
    /// <summary>The message for <paramref name="typed"/>, or null when it has no decimal part or is no number at all
    /// (then MudBlazor's "Nombre illisible" says so).</summary>
    public static string? Refusal(string? typed)
    {
        var text = FrenchNumericText.Normalised(typed);
        if (text is null || !text.Contains(',', StringComparison.Ordinal)) return null;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, FrenchFormat.Culture, out _)
            ? $"Nombre entier attendu : « {typed!.Trim()} »."
            : null;
    }
}
