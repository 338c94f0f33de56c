namespace MedSec.Data.Ingestion;

/// <summary>How a rejects file holds its records, so that it has the shape of its input and imports again.</summary>
public enum RejectsShape
{
    /// <summary>A delimited file: Excel's <c>sep=</c> line when the input had one, the header line, one record per line.</summary>
    Delimited,
    /// <summary>One JSON value per line, no header.</summary>
    JsonLines,
    /// <summary>France Travail's search response: <c>{"resultats":[</c>, the records one per line with commas between, <c>]}</c>.</summary>
    JsonResults,
}
