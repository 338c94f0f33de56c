namespace MedSec.Data.Ingestion;

/// <summary>An input as UTF-8, the encoding it was written in, and its parts as one scan counted them (for the
/// pipeline's reader threads).</summary>
internal sealed record DecodedInput(ReadOnlyMemory<byte> Utf8, SourceEncoding Encoding, IReadOnlyList<TextPart> Parts)
{
    public void Deconstruct(out ReadOnlyMemory<byte> utf8, out SourceEncoding encoding)
    {
        utf8 = Utf8;
        encoding = Encoding;
    }
}
