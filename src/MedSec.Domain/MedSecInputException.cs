namespace MedSec.Domain;

/// <summary>Why a request was refused: bad input (HTTP 400) or a code that does not exist (HTTP 404).</summary>
public enum InputErrorKind
{
    BadInput,
    UnknownCode,
}

/// <summary>
/// A request the rules cannot answer (unknown grade, échelon out of range, date before any data, negative amount).
/// The message is one plain sentence meant for the user: the CLI prints it on one line, the API returns it as problem details.
/// </summary>
public sealed class MedSecInputException(string message, InputErrorKind kind = InputErrorKind.BadInput) : Exception(message)
{
    public InputErrorKind Kind { get; } = kind;
}
