using CsvHelper;

namespace MedSec.Data.Payroll;

/// <summary>
/// The French reasons for a payroll file CsvHelper cannot read at all. Its own messages are English sentences and are not
/// shown; the place of the fault is kept, as a line when CsvHelper knows it, else as the records read before it.
/// </summary>
public static partial class PayrollPipeline
{
    internal static string UnreadableHeader(CsvFormatException e, long linesBeforeHeader) =>
        $"En-tête illisible à la ligne {linesBeforeHeader + Math.Max(1, e.LineNumber)} : sa mise en forme CSV (guillemets, séparateurs) " +
        "ne peut pas être lue.";

    internal static string UnreadableRecord(CsvFormatException e, long linesBeforeHeader, long recordsRead) =>
        (e.LineNumber > 0
            ? $"Fichier illisible à la ligne {linesBeforeHeader + e.LineNumber}"
            : $"Fichier illisible après {(recordsRead == 0 ? "l'en-tête" : $"l'enregistrement {recordsRead}")}") +
        " : un enregistrement trop long ou mal formé ne peut pas être lu ; rien n'est importé.";
}
