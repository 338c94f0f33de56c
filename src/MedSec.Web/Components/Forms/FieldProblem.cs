using MedSec.Web.Formatting;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// An error the rules found in the value of one field of a form (<see cref="MedSecInputException.Parameter"/>), said
/// beside that field (<see cref="FrenchNumericField{T}.Problem"/>, <see cref="FrenchDatePicker.Problem"/>) and not under
/// the form, where "Échelon 25 hors de la grille" was read far from the échelon (below the button, on a phone out of sight).
/// </summary>
/// <param name="Parameter">The field's request parameter ("echelon", "date").</param>
/// <param name="Message">The message as the pages show messages (<see cref="FrenchFormat.Message"/>).</param>
public sealed record FieldProblem(string Parameter, string Message)
{
    /// <summary>The problem of one of <paramref name="fields"/>, or null when the error concerns none of them (it is then
    /// the form's, said in its answer area).</summary>
    public static FieldProblem? Of(MedSecInputException error, params IReadOnlyCollection<string> fields) =>
        error.Parameter is { } parameter && fields.Contains(parameter)
            ? new FieldProblem(parameter, FrenchFormat.Message(error.Message) ?? error.Message)
            : null;

    /// <summary>The message for the field of <paramref name="parameter"/>, or null when the problem is another field's.</summary>
    public string? For(string parameter) => Parameter == parameter ? Message : null;
}
