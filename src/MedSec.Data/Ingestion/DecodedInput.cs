namespace MedSec.Data.Ingestion;

/// <summary>An input as UTF-8, the encoding it was written in, and its parts as one scan counted them (for the
/// pipeline's reader threads).</summary>
internal sealed record DecodedInput(ReadOnlyMemory<byte> Utf8, SourceEncoding Encoding, IReadOnlyList<TextPart> Parts)
{
    /// <summary>Why the text is refused for a NUL byte (<see cref="BinaryInput.NulRefusal"/>), or null: the scan's parts
    /// say whether one occurs, and only then is its line counted.</summary>
    public string? NulRefusal()
    {
        if (!Parts.Any(p => p.HasNul)) return null;
        var text = Utf8.Span;
        return BinaryInput.NulRefusal(CsvInput.LineBreaks(text[..text.IndexOf((byte)0)]) + 1L);
    }

    public void Deconstruct(out ReadOnlyMemory<byte> utf8, out SourceEncoding encoding)
    {
        utf8 = Utf8;
        encoding = Encoding;
    }
}
