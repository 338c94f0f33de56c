using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// A date field whose unreadable text keeps its <see cref="LiveForm"/> from submitting the date before it (Enter in it
/// submits the form: wwwroot/live-form.js).
/// </summary>
public sealed class FrenchDatePicker : MudDatePicker, ICheckedField
{
    [CascadingParameter]
    public LiveForm? LiveForm { get; set; }

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
