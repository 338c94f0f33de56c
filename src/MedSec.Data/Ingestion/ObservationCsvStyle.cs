namespace MedSec.Data.Ingestion;

/// <summary>How <see cref="ObservationCsvWriter"/> writes a file.</summary>
public enum ObservationCsvStyle
{
    /// <summary>The canonical file: UTF-8, <c>,</c>, the snake_case headers and ASCII codes of data/README.md, ISO dates, decimal point.</summary>
    Canonical,
    /// <summary>As a French office's spreadsheet writes it: <c>;</c>, French headers and values, dd/mm/yyyy, decimal comma.</summary>
    French,
}
