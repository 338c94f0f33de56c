using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MedSec.Web.Hosting;

/// <summary>
/// MudBlazor's own messages in French: a number or a date a field cannot read was answered "Not a valid number" beside a
/// French label, and a screen reader said "Open" for the date fields' calendar button and "Close" for the message shown
/// after a deletion. Keys without a translation here keep MudBlazor's text (none of them shows in our pages).
/// </summary>
public sealed class FrenchMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> French = new(StringComparer.Ordinal)
    {
        ["MudInput_Increment"] = "Augmenter",
        ["MudInput_Decrement"] = "Diminuer",
        ["MudInput_Clear"] = "Effacer",
        ["MudBaseDatePicker_Open"] = "Ouvrir le calendrier",
        // {0} is the month or year the arrow goes to, "(décembre 2026)", written by MudBlazor in the circuit's culture.
        ["MudBaseDatePicker_PrevMonth"] = "Mois précédent {0}",
        ["MudBaseDatePicker_NextMonth"] = "Mois suivant {0}",
        ["MudBaseDatePicker_PrevYear"] = "Année précédente {0}",
        ["MudBaseDatePicker_NextYear"] = "Année suivante {0}",
        ["MudSnackbar_Close"] = "Fermer",
        ["MudDialog_Close"] = "Fermer",
        ["MudAlert_Close"] = "Fermer",
        ["MudChip_Close"] = "Retirer",
        ["MudFormComponent_Required"] = "Obligatoire",
        ["MudSelect_SelectAll"] = "Tout sélectionner",
        ["Converter_InvalidNumber"] = "Nombre illisible : écrivez-le en chiffres (une virgule pour les décimales).",
        ["Converter_InvalidDateTime"] = "Date illisible : écrivez-la jj/mm/aaaa.",
        ["Converter_InvalidTimeSpan"] = "Durée illisible.",
        ["Converter_InvalidBoolean"] = "Valeur illisible : oui ou non attendu.",
        ["Converter_InvalidGUID"] = "Identifiant illisible.",
        ["Converter_ConversionError"] = "Valeur illisible.",
        ["Converter_ConversionFailed"] = "Valeur illisible.",
        ["Converter_UnableToConvert"] = "Valeur illisible.",
        ["Converter_InvalidType"] = "Valeur illisible.",
        ["Converter_NotValueOf"] = "Valeur illisible.",
    };

    public override LocalizedString this[string key] =>
        French.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);

    // The arguments fill the text's placeholders (the calendar's arrows name their month); a key without a French text is
    // left to MudBlazor, which formats its own.
    public override LocalizedString this[string key, params object[] arguments] =>
        French.TryGetValue(key, out var text)
            ? new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, text, arguments))
            : new LocalizedString(key, key, resourceNotFound: true);
}
