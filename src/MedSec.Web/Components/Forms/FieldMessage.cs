using Microsoft.AspNetCore.Components.Rendering;

namespace MedSec.Web.Components.Forms;

/// <summary>
/// A field's error, said under the field (WCAG 2.1, 3.3.1 "Error identification"): announced as it appears
/// (role="alert"), and tied to the field's input, which is marked invalid and described by it (aria-invalid,
/// aria-describedby), so that a screen reader on the field hears what is wrong with it. MudBlazor's own error text
/// (a number it cannot read) keeps its own marks: with no message here, the field's attributes are left to it.
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

    /// <summary>An id for a field's message, unique in the page.</summary>
    public static string NewId() => "field-message-" + Guid.NewGuid().ToString("N")[..12];
}
