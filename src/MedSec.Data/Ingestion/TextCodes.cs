namespace MedSec.Data.Ingestion;

/// <summary>
/// The distinct texts of the source, département and job-title columns, each stored once; rows hold its number (0 for
/// none). A column of numbers is a quarter of the memory of a column of references, and writing it needs no GC write
/// barrier. The reader threads add a text when their own cache first meets it (under a lock); numbers are read without one.
/// </summary>
public sealed class TextCodes
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private string?[] _texts = new string?[16];
    private int _count = 1;

    /// <summary>The number of <paramref name="text"/>, added when new; 0 for null.</summary>
    public int CodeOf(string? text)
    {
        if (text is null) return 0;
        lock (_gate)
        {
            if (_codes.TryGetValue(text, out var code)) return code;
            code = _count;
            var texts = _texts;
            if (code == texts.Length) Array.Resize(ref texts, texts.Length * 2);
            texts[code] = text;
            Volatile.Write(ref _texts, texts);
            _codes.Add(text, code);
            _count = code + 1;
            return code;
        }
    }

    /// <summary>The text of a number given by <see cref="CodeOf"/> (null for 0).</summary>
    public string? this[int code] => Volatile.Read(ref _texts)[code];
}
