using MedSec.Analytics.Pay;

namespace MedSec.Web.Api;

/// <summary>A boolean query parameter standing for a CLI flag (<c>--no-cti</c> → <c>noCti</c>).</summary>
public static class QueryFlag
{
    /// <summary>Absent → false; present without a value, <c>true</c> or <c>1</c> → true; <c>false</c> or <c>0</c> → false.</summary>
    public static bool Parse(string? text, string name) => text?.Trim().ToLowerInvariant() switch
    {
        null => false,
        "" or "true" or "1" => true,
        "false" or "0" => false,
        _ => throw new MedSecInputException($"Valeur invalide '{PayRequestParser.Shown(text)}' pour {name} : true ou false attendu."),
    };
}
