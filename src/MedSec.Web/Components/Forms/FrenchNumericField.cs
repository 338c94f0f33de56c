using System.Globalization;
using MedSec.Web.Formatting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// A number field that reads numbers as a French reader writes them: a decimal comma (MudBlazor's own field reads with
/// the invariant culture, where "2,5" is 25 and "17,5" is 175), or a point, and spaces between the thousands. Text it
/// cannot read stays on screen with its message, and keeps its <see cref="LiveForm"/> from submitting the value before it.
/// <see cref="Minimum"/> and <see cref="Maximum"/> bound the value as MudBlazor's Min and Max do not: a number outside
/// them is said beside the field and not submitted, where Min and Max changed 0 h into 1 h and computed it silently.
/// An emptied field of a value the form needs (a non-nullable <typeparamref name="T"/>) is said so and not submitted,
/// where MudBlazor read it as 0 and wrote "0" back into it. A decimal part in a field of whole numbers is said so
/// (<see cref="WholeNumbers"/>). Each message is said under the field, which it describes (<see cref="FieldMessage"/>).
/// </summary>
public sealed class FrenchNumericField<T> : MudNumericField<T>, ICheckedField
{
    [CascadingParameter]
    public LiveForm? LiveForm { get; set; }

    /// <summary>The least value the form accepts (null: none).</summary>
    [Parameter]
    public decimal? Minimum { get; set; }

    /// <summary>The greatest value the form accepts (null: none).</summary>
    [Parameter]
    public decimal? Maximum { get; set; }

    /// <summary>What the rules said of the value last submitted (<see cref="FieldProblem"/>), said under the field while it
    /// holds that value (<see cref="StandingProblem{TValue}"/>); the field's own errors come first.</summary>
    [Parameter]
    public string? Problem { get; set; }

    /// <summary>The field is empty though the form needs its value, holds text it cannot read, has a decimal part though whole
    /// numbers are needed, or the value is outside [<see cref="Minimum"/>, <see cref="Maximum"/>]: the form does not submit it.</summary>
    public bool OutOfRange => FieldError() is not null;

    /// <summary>The last text read from the reader was blank (the field's text state is MudBlazor's own, not readable here).</summary>
    private bool _emptied;

    /// <summary>The text last read, when it has a decimal part though <typeparamref name="T"/> is whole: its message.</summary>
    private string? _notWhole;

    /// <summary>The text last read could not be read: MudBlazor's message for it (<see cref="FieldMessage.Unreadable"/>).</summary>
    private string? _unreadable;

    private readonly FieldNote<T> _note = new();

    /// <summary>A field of whole numbers (an échelon, years).</summary>
    private static readonly bool Whole = Type.GetTypeCode(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T))
        is TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64;

    /// <summary>A nullable <typeparamref name="T"/> may be left empty; any other needs a value.</summary>
    private static readonly bool NeedsValue = typeof(T).IsValueType && Nullable.GetUnderlyingType(typeof(T)) is null;

    /// <summary>Emptied, while the form needs a value.</summary>
    private bool Missing => _emptied && NeedsValue;

    /// <summary>The field, then its message under it while it is empty, not whole or outside the bounds, or while the rules'
    /// problem with the value submitted stands.</summary>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var own = FieldError();
        _note.Render(builder, UserAttributes, base.BuildRenderTree, own ?? _note.Problem(ReadValue), own is null ? "field-problem" : "range-error");
    }

    /// <summary>Text that cannot be read has its own message (MudBlazor's): the value behind it, 0, is none the reader typed,
    /// so no bound is said of it ("abc" in the hours said "Hors limites : de 1 à 48." under "Nombre illisible").</summary>
    private string? FieldError() => Missing ? "Indiquez une valeur." : _notWhole ?? _unreadable ?? RangeError(ReadValue);

    private string? RangeError(T? value)
    {
        if (value is null) return null;
        var v = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        if (v >= (Minimum ?? decimal.MinValue) && v <= (Maximum ?? decimal.MaxValue)) return null;
        return (Minimum, Maximum) switch
        {
            ({ } min, { } max) => $"Hors limites : de {Number(min)} à {Number(max)}.",
            ({ } min, null) => $"Hors limites : au moins {Number(min)}.",
            _ => $"Hors limites : au plus {Number(Maximum!.Value)}.",
        };
    }

    private static string Number(decimal value) => value.ToString("0.##", FrenchFormat.Culture);

    protected override void OnInitialized()
    {
        base.OnInitialized();
        LiveForm?.Track(this);
    }

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        _note.Given(Problem, LiveForm, ReadValue);
    }

    protected override CultureInfo GetCulture() => FrenchFormat.Culture;

    /// <summary>Reads the text; text with a decimal part in a whole field is not given to MudBlazor's reader (it would
    /// call it unreadable), and text that reader cannot read keeps its message here: the value stays the one before, and
    /// the form does not submit it (<see cref="OutOfRange"/>).</summary>
    protected override T? ConvertGet(string? value)
    {
        _emptied = string.IsNullOrWhiteSpace(value);
        _notWhole = Whole ? WholeNumbers.Refusal(value) : null;
        _unreadable = null;
        if (_notWhole is null)
        {
            var read = base.ConvertGet(FrenchNumericText.Normalised(value));
            _unreadable = FieldMessage.Unreadable(ConversionError, ConversionErrorMessage);
            if (_unreadable is null) return read;
        }
        ResetConverterErrors(); // said here, announced, and not by MudBlazor as well ("abc" then "2,5": the whole number's message)
        return ReadValue;
    }

    /// <summary>
    /// Keeps the reader's unreadable text on screen beside its message: MudBlazor rewrites the text from the value on blur
    /// or Enter, and showed "0" under "Nombre illisible" for "abc". An emptied field stays empty too (MudBlazor wrote back
    /// the 0 it read), unless the value is set to another one from outside.
    /// </summary>
    protected override Task UpdateTextPropertyAsync(bool updateValue)
    {
        if (ConversionError || _unreadable is not null || _notWhole is not null || (Missing && EqualityComparer<T>.Default.Equals(ReadValue, default))) return Task.CompletedTask;
        _emptied = false;
        return base.UpdateTextPropertyAsync(updateValue);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        LiveForm?.Untrack(this);
        await base.DisposeAsyncCore();
    }
}
