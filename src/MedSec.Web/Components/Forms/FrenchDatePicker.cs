using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// A date field whose unreadable text keeps its <see cref="LiveForm"/> from submitting the date before it (Enter in it
/// submits the form: wwwroot/live-form.js), and under which its messages are said (<see cref="FieldMessage"/>): text it
/// cannot read, and the rules' problem with the date submitted while the field holds it.
/// </summary>
public sealed class FrenchDatePicker : MudDatePicker, ICheckedField
{
    [CascadingParameter]
    public LiveForm? LiveForm { get; set; }

    /// <summary>What the rules said of the date last submitted (<see cref="FieldProblem"/>: no data at that date), said under
    /// the field while it holds that date (<see cref="StandingProblem{TValue}"/>); unreadable text has its own message.</summary>
    [Parameter]
    public string? Problem { get; set; }

    /// <summary>Text that could not be read, though MudBlazor's own error is reset (<see cref="ConvertGet"/>).</summary>
    bool ICheckedField.ConversionError => ConversionError || _unreadable is not null;

    private readonly FieldNote<DateTime?> _note = new();

    /// <summary>The text last read could not be read: MudBlazor's message for it (<see cref="FieldMessage.Unreadable"/>).</summary>
    private string? _unreadable;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var message = _unreadable ?? (ConversionError ? ConversionErrorMessage : _note.Problem(Date));
        _note.Render(builder, UserAttributes, base.BuildRenderTree, message, _unreadable is null ? "field-problem" : "range-error");
    }

    /// <summary>Reads the text; text MudBlazor cannot read keeps its message here, said once and announced, and the date
    /// stays the one before (the form does not submit it).</summary>
    protected override DateTime? ConvertGet(string? value)
    {
        var read = base.ConvertGet(value);
        _unreadable = FieldMessage.Unreadable(ConversionError, ConversionErrorMessage);
        if (_unreadable is null) return read;
        ResetConverterErrors();
        return Date;
    }

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        _note.Given(Problem, LiveForm, Date);
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
