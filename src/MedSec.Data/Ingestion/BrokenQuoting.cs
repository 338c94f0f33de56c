using CsvHelper;

namespace MedSec.Data.Ingestion;

/// <summary>
/// What the observation, payroll and job-ad readers do with a record CsvHelper reports as badly quoted (data/README.md):
/// a stray quote inside a field is tolerated, text after a closing quote rejects the record, and a quote never closed
/// refuses the whole file. Such a record runs to the end of the file: importing the records before it left the user, once
/// the quote was closed, to import them a second time (the corrected file has another SHA-256).
/// </summary>
internal static class BrokenQuoting
{
    /// <summary>Why <paramref name="record"/> (starting at physical line <paramref name="line"/>) is rejected, or null when
    /// its fault is tolerated; throws <see cref="FileRejectedException"/>, naming the line where the quote opens, when a
    /// quote is never closed.</summary>
    public static string? Reason(string fileName, CsvMalformedRecord malformed, ReadOnlySpan<byte> record, char separator, long line) =>
        malformed.Reason switch
        {
            CsvMalformedReason.StrayQuote => null,
            CsvMalformedReason.UnterminatedQuote =>
                throw new FileRejectedException(fileName, Unclosed(line + LinesBeforeOpening(record, (byte)separator))),
            _ => "Guillemets mal formés : du texte suit le guillemet fermant d'un champ.",
        };

    public static string Unclosed(long line) =>
        $"Guillemet ouvert à la ligne {line} et jamais refermé : la suite du fichier serait lue comme un seul champ, rien n'est importé. " +
        "Refermez-le (un guillemet dans le texte s'écrit \"\") puis importez de nouveau le fichier.";

    /// <summary>The line breaks of <paramref name="record"/> before the quote that opens its unclosed field (RFC 4180: a quote
    /// opens a field only at its start; inside, "" is a quote of the text and a lone one closes it); 0 when none is found.</summary>
    private static int LinesBeforeOpening(ReadOnlySpan<byte> record, byte separator)
    {
        int open = -1, i = 0;
        var fieldStart = true;
        for (; i < record.Length; i++)
        {
            var b = record[i];
            if (open >= 0)
            {
                if (b != '"') continue;
                if (i + 1 < record.Length && record[i + 1] == '"') i++;
                else open = -1;
                fieldStart = false;
            }
            else if (b == separator) fieldStart = true;
            else if (b == '"' && fieldStart) open = i;
            else fieldStart = false;
        }
        return open < 0 ? 0 : CsvInput.LineBreaks(record[..open]);
    }
}
