namespace MedSec.Web.Components.Forms;

/// <summary>
/// The rules' problem with a field's value (<see cref="FieldProblem"/>) speaks of the value submitted: it stands while the
/// field holds that value and goes as soon as the value changes. "Échelon 25 hors de la grille" stayed under an échelon
/// changed to 4, the field still marked invalid, until the next submission. Submitted again (<see cref="LiveForm.Submissions"/>
/// grows), the problem given is of the value then held, even in the same words ("Indiquez une date…").
/// </summary>
/// <typeparam name="TValue">The field's value.</typeparam>
public sealed class StandingProblem<TValue>
{
    private string? _problem;
    private int _submission = -1;
    private TValue? _value;

    /// <summary>Takes note of the problem the page gives after a submission, for the value the field holds then.</summary>
    public void Given(string? problem, int submission, TValue? value)
    {
        if (problem == _problem && submission == _submission) return;
        (_problem, _submission, _value) = (problem, submission, value);
    }

    /// <summary>The problem while the field holds the value it was given for, else null.</summary>
    public string? For(TValue? value) =>
        _problem is not null && EqualityComparer<TValue?>.Default.Equals(value, _value) ? _problem : null;
}
