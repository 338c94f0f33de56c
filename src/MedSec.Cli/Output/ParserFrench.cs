using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace MedSec.Cli.Output;

/// <summary>
/// French for the words of System.CommandLine 2.0 that its own French resources leave in English ("Option '--date' is
/// required.", "Description:", "(REQUIRED)"). Each English sentence is recognised from the library's own resource
/// template, read at run time, so a wording change in a later version is left as it is rather than mistranslated.
/// </summary>
public static class ParserFrench
{
    /// <summary>Resource key → French template, with the same placeholders as the English one.</summary>
    private static readonly (string Key, string French)[] Messages =
    [
        ("RequiredOptionWasNotProvided", "L'option '{0}' est obligatoire."),
        ("OptionExpectsOneArgument", "L'option '{0}' attend une seule valeur, {1} ont été données."),
        ("VersionOptionCannotBeCombinedWithOtherArguments", "L'option {0} ne se combine pas avec d'autres arguments."),
        ("SuggestionsTokenNotMatched", "'{0}' non reconnu. Vouliez-vous dire l'un des suivants ?"),
        ("ArgumentConversionCannotParseForOption", "Valeur '{0}' illisible pour l'option '{1}' (type attendu : {2})."),
        ("ArgumentConversionCannotParseForCommand", "Valeur '{0}' illisible pour la commande '{1}' (type attendu : {2})."),
        ("ArgumentConversionCannotParse", "Valeur '{0}' illisible (type attendu : {1})."),
        ("InvalidCharactersInFileName", "Caractère non autorisé dans un nom de fichier : '{0}'."),
    ];

    private static readonly ResourceManager Resources =
        new("System.CommandLine.Properties.Resources", typeof(System.CommandLine.RootCommand).Assembly);

    private static readonly Lazy<(Regex English, string French)[]> Patterns = new(() =>
        [.. Messages.Select(m => English(m.Key) is { } english ? (Pattern(english), m.French) : default)
            .Where(p => p.Item1 is not null)]);

    /// <summary>A parse error in French: the library's French when it has one, else ours, else the message as it came.</summary>
    public static string Message(string message)
    {
        foreach (var (english, french) in Patterns.Value)
        {
            var match = english.Match(message);
            if (match.Success)
                return string.Format(CultureInfo.InvariantCulture, french, [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]);
        }

        return message;
    }

    /// <summary>
    /// Help text in French: the "Description:" title, the "(REQUIRED)" label (replaced by a word of the same width, so the
    /// columns of the options stay aligned), the usage's "[command]" and a default value's "default".
    /// </summary>
    public static string Help(string help)
    {
        var text = help;
        text = Replace(text, "HelpDescriptionTitle", "Description\u00A0:", wholeLine: true);
        text = Replace(text, "HelpOptionsRequiredLabel", "(requis)".PadRight(English("HelpOptionsRequiredLabel")?.Length ?? 0));
        text = Replace(text, "HelpUsageCommand", "[commande]");
        text = Replace(text, "HelpArgumentDefaultValueLabel", "par défaut", prefix: "[", suffix: ":");
        return text;
    }

    private static string Replace(string text, string key, string french, bool wholeLine = false, string prefix = "", string suffix = "")
    {
        if (English(key) is not { Length: > 0 } english) return text;
        var pattern = wholeLine ? $"(?m)^{Regex.Escape(english)}(?=\\r?$)" : Regex.Escape(prefix + english + suffix);
        return Regex.Replace(text, pattern, (prefix + french + suffix).Replace("$", "$$", StringComparison.Ordinal));
    }

    private static string? English(string key) => Resources.GetString(key, CultureInfo.InvariantCulture);

    /// <summary>A regex matching the English template, one lazy group per placeholder.</summary>
    private static Regex Pattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template), @"\\\{\d+}", "(.*?)") + "$", RegexOptions.Singleline);
}
