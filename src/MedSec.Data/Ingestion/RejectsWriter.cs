using System.Text;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Writes the rejected records in the input's own format (encoding, byte order mark, separator line, header, line
/// breaks; for JSON its shape, <see cref="RejectsShape"/>), so that they can be fixed in the same tool and imported again.
/// </summary>
public static class RejectsWriter
{
    public static void WriteFile(string path, IngestResult result)
    {
        using var stream = File.Create(path);
        Write(stream, result);
    }

    public static void Write(Stream stream, IngestResult result)
    {
        if (result.Dialect is not { } dialect) throw new InvalidOperationException("The file was refused as a whole: it has no rejected records.");
        var encoding = InputDecoder.For(dialect.Encoding);
        stream.Write(encoding.Preamble);
        switch (result.RejectsShape)
        {
            case RejectsShape.JsonLines:
                foreach (var record in result.RejectedRecords) WriteLine(stream, encoding, record.Span, dialect.NewLine);
                break;
            case RejectsShape.JsonResults:
                WriteJsonResults(stream, encoding, result.RejectedRecords, dialect.NewLine);
                break;
            default:
                if (dialect.SeparatorLine) WriteLine(stream, encoding, Encoding.UTF8.GetBytes("sep=" + dialect.Separator), dialect.NewLine);
                WriteLine(stream, encoding, result.HeaderLine.Span, dialect.NewLine);
                foreach (var record in result.RejectedRecords) WriteLine(stream, encoding, record.Span, dialect.NewLine);
                break;
        }
    }

    /// <summary>The records (each a JSON value on one line) as the items of a search response's <c>resultats</c>.</summary>
    private static void WriteJsonResults(Stream stream, Encoding encoding, IReadOnlyList<ReadOnlyMemory<byte>> records, string newLine)
    {
        WriteLine(stream, encoding, "{\"resultats\":["u8, newLine);
        for (var i = 0; i < records.Count; i++)
            WriteLine(stream, encoding, i < records.Count - 1 ? [.. records[i].Span, (byte)','] : records[i].Span, newLine);
        WriteLine(stream, encoding, "]}"u8, newLine);
    }

    private static void WriteLine(Stream stream, Encoding encoding, ReadOnlySpan<byte> utf8, string newLine)
    {
        if (encoding is UTF8Encoding) stream.Write(utf8);
        else stream.Write(encoding.GetBytes(Encoding.UTF8.GetString(utf8)));
        stream.Write(encoding.GetBytes(newLine));
    }
}
