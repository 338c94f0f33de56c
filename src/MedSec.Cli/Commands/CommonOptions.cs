using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace MedSec.Cli.Commands;

/// <summary>
/// Options shared by the verbs. Numbers and dates are parsed here (an unparsable one is bad usage, exit 2);
/// codes (grade, sector, agreement, zone) stay strings for the shared request parser (a refused one is exit 1).
/// </summary>
public static class CommonOptions
{
    /// <summary><c>--json</c>: exactly one JSON object on stdout. Recursive: valid after any verb.</summary>
    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Imprime un seul objet JSON sur la sortie standard (noms camelCase)",
        Recursive = true,
    };

    public static Option<string> Code(string name, string description, bool required = false) =>
        new(name) { Description = description, Required = required };

    public static Option<DateOnly> Date(string name, string description, bool required = true) =>
        new(name) { Description = description, Required = required, HelpName = "aaaa-mm-jj", CustomParser = ParseDate };

    public static Option<int> Integer(string name, string description, bool required = true) =>
        new(name) { Description = description, Required = required, CustomParser = ParseInteger };

    public static Option<decimal> Decimal(string name, string description, bool required = true) =>
        new(name) { Description = description, Required = required, CustomParser = ParseDecimal };

    private static DateOnly ParseDate(ArgumentResult result)
    {
        var token = Single(result);
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        result.AddError($"Date '{token}' illisible pour l'option {OptionName(result)} : format attendu aaaa-mm-jj.");
        return default;
    }

    private static int ParseInteger(ArgumentResult result)
    {
        var token = Single(result);
        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        result.AddError($"Nombre entier '{token}' illisible pour l'option {OptionName(result)}.");
        return default;
    }

    /// <summary>Accepts <c>2000.50</c> and <c>2000,50</c> whatever the machine's culture; no thousands separators.</summary>
    private static decimal ParseDecimal(ArgumentResult result)
    {
        var token = Single(result);
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(token.Replace(',', '.'), style, CultureInfo.InvariantCulture, out var value))
            return value;
        result.AddError($"Nombre '{token}' illisible pour l'option {OptionName(result)} (ex. 2000 ou 2000,50).");
        return default;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
