using System.Globalization;
using MedSec.Web.Formatting;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// A number field that reads numbers as a French reader writes them: a decimal comma (MudBlazor's own field reads with
/// the invariant culture, where "2,5" is 25 and "17,5" is 175), or a point, and spaces between the thousands. Text it
/// cannot read stays on screen with its message, and keeps its <see cref="LiveForm"/> from submitting the value before it.
/// </summary>
public sealed class FrenchNumericField<T> : MudNumericField<T>, ICheckedField
{
    [CascadingParameter]
    public LiveForm? LiveForm { get; set; }

    protected override void OnInitialized()
    {
        base.OnInitialized();
        LiveForm?.Track(this);
    }

    protected override CultureInfo GetCulture() => FrenchFormat.Culture;

    protected override T? ConvertGet(string? value) => base.ConvertGet(Normalised(value));

    protected override async ValueTask DisposeAsyncCore()
    {
        LiveForm?.Untrack(this);
        await base.DisposeAsyncCore();
    }

    /// <summary>Without spaces (plain, no-break, narrow no-break: those grouping the thousands), a point read as the decimal comma.</summary>
    internal static string? Normalised(string? text) =>
        text is null ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('.', ',');
}
