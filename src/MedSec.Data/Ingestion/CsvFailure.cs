using CsvHelper;

namespace MedSec.Data.Ingestion;

/// <summary>
/// The French reasons for a delimited file CsvHelper cannot read at all (observations, job-ad exports, payroll). Its own
/// messages are English sentences and are not shown; the place of the fault is kept, as a line when CsvHelper knows it,
/// else as the records read before it.
/// </summary>
internal static class CsvFailure
{
    public static string Header(CsvFormatException e, long linesBeforeHeader) =>
        $"En-tête illisible à la ligne {linesBeforeHeader + Math.Max(1, e.LineNumber)} : sa mise en forme CSV (guillemets, séparateurs) " +
        "ne peut pas être lue.";

    /// <param name="record">What a record is in this file, with its article: "l'enregistrement", "l'offre".</param>
    public static string Record(CsvFormatException e, long linesBeforeHeader, long recordsRead, string record = "l'enregistrement") =>
        (e.LineNumber > 0
            ? $"Fichier illisible à la ligne {linesBeforeHeader + e.LineNumber}"
            : $"Fichier illisible après {(recordsRead == 0 ? "l'en-tête" : $"{record} {recordsRead}")}") +
        " : un enregistrement trop long ou mal formé ne peut pas être lu ; rien n'est importé.";
}
