using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// A date field whose unreadable text keeps its <see cref="LiveForm"/> from submitting the date before it (Enter in it
/// submits the form: wwwroot/live-form.js), and under which the rules' problem with the date submitted is said
/// (<see cref="FieldMessage"/>).
/// </summary>
public sealed class FrenchDatePicker : MudDatePicker, ICheckedField
{
    [CascadingParameter]
    public LiveForm? LiveForm { get; set; }

    /// <summary>What the rules said of the date last submitted (<see cref="FieldProblem"/>: no data at that date), said under
    /// the field until the form is submitted again; unreadable text keeps MudBlazor's own message.</summary>
    [Parameter]
    public string? Problem { get; set; }

    private readonly string _messageId = FieldMessage.NewId();

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var message = ConversionError ? null : Problem;
        FieldMessage.Mark(UserAttributes, _messageId, message);
        base.BuildRenderTree(builder);
        FieldMessage.Render(builder, _messageId, message, "field-problem");
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
