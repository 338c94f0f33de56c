using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MedSec.Web.Hosting;

/// <summary>
/// MudBlazor's own messages in French: a number or a date a field cannot read was answered "Not a valid number" beside a
/// French label. Keys without a translation here keep MudBlazor's text.
/// </summary>
public sealed class FrenchMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> French = new(StringComparer.Ordinal)
    {
        ["MudInput_Increment"] = "Augmenter",
        ["MudInput_Decrement"] = "Diminuer",
        ["MudInput_Clear"] = "Effacer",
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

    public override LocalizedString this[string key, params object[] arguments] => this[key];
}
