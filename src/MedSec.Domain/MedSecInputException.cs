namespace MedSec.Domain;

/// <summary>
/// Why a request was refused. The API answers 400 for bad input and out-of-range values, 404 for an unknown code; the CLI
/// calls only bad input bad usage (exit 2): a value it could not read, or one missing. A value it read but whose range or
/// code the rules refuse is a refused request (exit 1), as when the rules themselves refuse it (an échelon past the grid).
/// </summary>
public enum InputErrorKind
{
    /// <summary>A value that cannot be read (not a number, not a date) or that is missing.</summary>
    BadInput,

    /// <summary>A code that does not exist (an unknown grade, région, import).</summary>
    UnknownCode,

    /// <summary>A value read but outside the bounds its parameter allows (an experience of −3 years, a 200th centile).</summary>
    OutOfRange,
}

/// <summary>
/// A request the rules cannot answer (unknown grade, échelon out of range, date before any data, negative amount).
/// The message is one plain sentence meant for the user: the CLI prints it on one line, the API returns it as problem details.
/// </summary>
public sealed class MedSecInputException(string message, InputErrorKind kind = InputErrorKind.BadInput, string? parameter = null)
    : Exception(message)
{
    public InputErrorKind Kind { get; } = kind;

    /// <summary>
    /// The one request parameter whose value the rules refuse, by its API name ("echelon", "date"), or null when the
    /// request is refused as a whole: a form says the error beside that field rather than under the form.
    /// </summary>
    public string? Parameter { get; } = parameter;
}
