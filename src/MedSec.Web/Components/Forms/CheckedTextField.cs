using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// A text field whose own check of its text (<see cref="Check"/>: a postcode of no French commune) and the rules' problem
/// with the text submitted are said under it (<see cref="FieldMessage"/>: announced, the field marked invalid and
/// described by it), and whose refused text keeps its <see cref="LiveForm"/> from submitting. The postcode's error was
/// MudBlazor's unannounced ErrorText under the field, and once submitted the comparison's error again under the button.
/// </summary>
public sealed class CheckedTextField : MudTextField<string>, ICheckedField
{
    [CascadingParameter]
    public LiveForm? LiveForm { get; set; }

    /// <summary>Why the text cannot be used, or null when it can (or may yet, being typed).</summary>
    [Parameter]
    public Func<string?, string?>? Check { get; set; }

    /// <summary>What the rules said of the text last submitted (<see cref="FieldProblem"/>), said while the field holds it.</summary>
    [Parameter]
    public string? Problem { get; set; }

    /// <summary>The text is refused by <see cref="Check"/>: the form does not submit it.</summary>
    public bool OutOfRange => Check?.Invoke(ReadValue) is not null;

    private readonly FieldNote<string> _note = new();

    protected override void BuildRenderTree(RenderTreeBuilder builder) =>
        _note.Render(builder, UserAttributes, base.BuildRenderTree, Check?.Invoke(ReadValue) ?? _note.Problem(ReadValue), "field-problem");

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        _note.Given(Problem, LiveForm, ReadValue);
    }

    protected override void OnInitialized()
    {
        base.OnInitialized();
        LiveForm?.Track(this);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        LiveForm?.Untrack(this);
        await base.DisposeAsyncCore();
    }
}
