using System.CommandLine;
using MedSec.Domain;

namespace MedSec.Cli.Commands;

/// <summary>
/// Options shared by the verbs. Every value stays a string for the request parser the CLI shares with the API
/// (<see cref="MedSec.Analytics.Pay.PayRequestParser"/>): see <see cref="Request{T}"/> for how its refusals map to exit codes.
/// </summary>
public static class CommonOptions
{
    /// <summary><c>--json</c>: exactly one JSON object on stdout. Recursive: valid after any verb.</summary>
    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Imprime un seul objet JSON sur la sortie standard (noms camelCase)",
        Recursive = true,
    };

    public static Option<string> Text(string name, string description, bool required = true, string? helpName = null) =>
        new(name) { Description = description, Required = required, HelpName = helpName };

    public static Option<string> Date(string name, string description, bool required = true) =>
        Text(name, description, required, "aaaa-mm-jj");

    /// <summary>
    /// Runs the shared request parser. A value it cannot read, or a missing one (<see cref="InputErrorKind.BadInput"/>), is bad
    /// usage, exit 2; a value read but refused, an unknown code or one out of its range (<see cref="InputErrorKind.UnknownCode"/>,
    /// <see cref="InputErrorKind.OutOfRange"/>), is a refused request, exit 1, as when the pay rules refuse it.
    /// </summary>
    public static T Request<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (MedSecInputException e) when (e.Kind == InputErrorKind.BadInput)
        {
            throw new UsageException(e.Message);
        }
    }
}
