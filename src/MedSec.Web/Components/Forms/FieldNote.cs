using Microsoft.AspNetCore.Components.Rendering;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// What each checked field keeps to say its message under itself (<see cref="FieldMessage"/>): the message's id, and the
/// rules' problem with the value submitted while the field holds it (<see cref="StandingProblem{TValue}"/>). The fields
/// derive from different MudBlazor inputs (text, number, date), so they share this by holding one, not by inheriting.
/// </summary>
/// <typeparam name="TValue">The field's value.</typeparam>
internal sealed class FieldNote<TValue>
{
    private readonly string _id = FieldMessage.NewId();
    private readonly StandingProblem<TValue> _problem = new();

    /// <summary>Takes note of the problem the page gives (<see cref="FieldProblem"/>) for the value held at the form's latest submission.</summary>
    public void Given(string? problem, LiveForm? form, TValue? value) => _problem.Given(problem, form?.Submissions ?? 0, value);

    /// <summary>The rules' problem while the field holds the value it was given for, else null.</summary>
    public string? Problem(TValue? value) => _problem.For(value);

    /// <summary>The field (<paramref name="field"/>, its input marked by <paramref name="attributes"/>), then its message under it.</summary>
    public void Render(RenderTreeBuilder builder, Dictionary<string, object?> attributes, Action<RenderTreeBuilder> field, string? message, string testId)
    {
        FieldMessage.Mark(attributes, _id, message);
        field(builder);
        FieldMessage.Render(builder, _id, message, testId);
    }
}
