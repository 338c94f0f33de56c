namespace MedSec.Web.Components.Forms;

/// <summary>A field of a <see cref="LiveForm"/> that can hold text it could not read (its value is then not what is shown).</summary>
public interface ICheckedField
{
    bool ConversionError { get; }

    /// <summary>The value is read but outside what the form accepts (said beside the field).</summary>
    bool OutOfRange => false;

    /// <summary>Puts the keyboard focus in the field (MudBlazor's inputs and pickers have it).</summary>
    ValueTask FocusAsync();
}
