using System.Text;
using System.Text.Json;
using MedSec.Data.Ingestion;

namespace MedSec.Data.JobAds;

/// <summary>
/// French sentences for what System.Text.Json reports in English: where a JSON text breaks (line and position from 1, in
/// characters, as an editor shows them) and the names of the kinds of values.
/// </summary>
internal static class JsonErrorText
{
    /// <summary>"illisible à la ligne 2, position 13." for an error in the value that starts at <paramref name="start"/> of <paramref name="text"/>.</summary>
    public static string Unreadable(ReadOnlySpan<byte> text, int start, JsonException e)
    {
        if (e.LineNumber is not { } lines || e.BytePositionInLine is not { } bytes) return "illisible.";
        // The reader counts from the value's start: its line 0 is the rest of the physical line the value starts on.
        var lineStart = start;
        for (long i = 0; i < lines; i++)
        {
            var next = text[lineStart..].IndexOf((byte)'\n');
            if (next < 0) break;
            lineStart += next + 1;
        }
        var at = (int)Math.Min(text.Length, lineStart + bytes);
        var physicalStart = text[..lineStart].LastIndexOf((byte)'\n') + 1;
        var line = 1 + text[..physicalStart].Count((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(text[physicalStart..at]);
        var end = Utf8Text.Trim(text[at..]).IsEmpty ? " : le texte s'arrête avant la fin du JSON" : "";
        return $"illisible à la ligne {line}, position {column}{end}.";
    }

    /// <summary>"un tableau", "un texte"…: what a value is, to say it is not an object.</summary>
    public static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "un objet",
        JsonValueKind.Array => "un tableau",
        JsonValueKind.String => "un texte",
        JsonValueKind.Number => "un nombre",
        JsonValueKind.True or JsonValueKind.False => "un booléen",
        _ => "la valeur null",
    };
}
