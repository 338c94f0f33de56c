using MedSec.Data.Geography;

namespace MedSec.Web.Compare;

/// <summary>
/// What a form says of its postcode once entered: the département and région it gives (the région field then shows
/// that région, as the comparison will use it), or why it is no postcode. A code still being typed is neither. The
/// forms read the postcode when its field is left, not at each key (no Immediate): four digits already read as a code
/// with its leading zero lost (3300 is 03300, Allier), so typing 33000 would show Auvergne-Rhône-Alpes on the way to
/// Nouvelle-Aquitaine.
/// </summary>
/// <param name="Region">INSEE code of the postcode's région, null when it gives none.</param>
/// <param name="Departement">"Rhône (69)", null when it gives none.</param>
/// <param name="Error">Why the text is no French postcode, null when it is one or may yet become one.</param>
public sealed record PostcodeHint(string? Region, string? Departement, string? Error)
{
    private static readonly PostcodeHint None = new(null, null, null);

    /// <summary>What the région field says under itself while the postcode gives its région.</summary>
    public string? RegionNote => Departement is { } departement ? $"D'après le code postal : {departement}" : null;

    public static PostcodeHint Of(FrenchGeography geography, string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode)) return None;
        var text = Normalised(postcode);
        if (geography.TryFromPostcode(text, out var departement))
            return new(departement.Region.Code, $"{departement.Name} ({departement.Code})", null);
        var stillTyping = text.All(char.IsAsciiDigit) && text.Length < 4;
        return stillTyping ? None : new(null, null, Unknown(text));
    }

    /// <summary>
    /// The postcode without its spaces: pasted as " 75001" or written "75 001", it is 75001. (The fields once cut such a
    /// text to 5 characters, " 7500", read as 07500 in Ardèche.)
    /// </summary>
    public static string Normalised(string postcode) => string.Concat(postcode.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The one message for a postcode of no French commune (the forms, the comparison and the API).</summary>
    public static string Unknown(string postcode) =>
        $"Code postal inconnu '{postcode}' : 5 chiffres d'une commune française attendus.";
}
