namespace MedSec.Data.Ingestion;

/// <summary>Why one record was refused.</summary>
/// <param name="Line">Physical line of the input where the record starts (header = line 1).</param>
/// <param name="Column">The header name of the column at fault, as written in the file; <see cref="WholeRecord"/> when no column is.</param>
/// <param name="Reason">One plain sentence.</param>
public sealed record Rejection(long Line, string Column, string Reason)
{
    /// <summary>The column of a problem that concerns the whole record (bad quoting, too many fields).</summary>
    public const string WholeRecord = "(enregistrement)";
}
