using Microsoft.AspNetCore.Components.Rendering;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// A field's error, said under the field (WCAG 2.1, 3.3.1 "Error identification"): announced as it appears
/// (role="alert"), and tied to the field's input, which is marked invalid and described by it (aria-invalid,
/// aria-describedby), so that a screen reader on the field hears what is wrong with it. Every message of the field is
/// said here, text it cannot read included: MudBlazor's own ("Nombre illisible", "Date illisible") was tied to the field
/// but in no live region, so it was not announced as it appeared; the fields take it over (<see cref="Unreadable"/>).
/// </summary>
internal static class FieldMessage
{
    /// <summary>Marks the input (the field's attributes reach it) as invalid and described by the message <paramref name="id"/>, or unmarks it.</summary>
    public static void Mark(Dictionary<string, object?> attributes, string id, string? message)
    {
        if (message is null)
        {
            attributes.Remove("aria-invalid");
            attributes.Remove("aria-describedby");
            return;
        }
        attributes["aria-invalid"] = "true";
        attributes["aria-describedby"] = id;
    }

    /// <summary>The message under the field, when there is one.</summary>
    public static void Render(RenderTreeBuilder builder, string id, string? message, string testId)
    {
        if (message is null) return;
        builder.OpenElement(1000, "p");
        builder.AddAttribute(1001, "id", id);
        builder.AddAttribute(1002, "class", "mud-typography mud-typography-caption mud-error-text range-error");
        builder.AddAttribute(1003, "role", "alert");
        builder.AddAttribute(1004, "data-testid", testId);
        builder.AddContent(1005, message);
        builder.CloseElement();
    }

    /// <summary>
    /// MudBlazor's message for text it could not read, taken from it as it is found (its conversion error reset), so that
    /// MudBlazor does not show it a second time, unannounced: null when the text was read.
    /// </summary>
    public static string? Unreadable(bool conversionError, string? conversionMessage) =>
        conversionError ? conversionMessage ?? "Saisie illisible." : null;

    /// <summary>An id for a field's message, unique in the page.</summary>
    public static string NewId() => "field-message-" + Guid.NewGuid().ToString("N")[..12];
}
