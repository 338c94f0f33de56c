namespace MedSec.Data.Exports;

/// <summary>How a column's values are written: text in both formats, numbers as real numbers in XLSX and with a decimal comma in CSV.</summary>
public enum ExportKind
{
    Text,
    Integer,
    /// <summary>Euros, 2 decimals.</summary>
    Money,
    /// <summary>A ratio such as a compa-ratio, 3 decimals.</summary>
    Ratio,
    /// <summary>Percentage points (6.5 = 6,5 %), 2 decimals.</summary>
    Percent,
    /// <summary>A date (DateOnly), yyyy-mm-dd.</summary>
    Date,
    /// <summary>true/false written "oui"/"non".</summary>
    YesNo,
}

/// <summary>A column of an export: its header (unique in the table) and kind.</summary>
public sealed record ExportColumn(string Header, ExportKind Kind);

/// <summary>
/// A table to export as CSV or as one sheet of an XLSX workbook. Values are <c>string</c>, <c>int</c>, <c>long</c>,
/// <c>decimal</c>, <c>DateOnly</c>, <c>bool</c> or null (an empty cell), one per column.
/// </summary>
/// <param name="Name">Sheet name (at most 31 characters, none of <c>[]:*?/\</c>).</param>
/// <param name="Notes">Sentences that must travel with the figures (synthetic data, estimates), written after the rows in CSV and in a "Notes" sheet in XLSX.</param>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<string> Notes)
{
    public const int MaxSheetName = 31;
}
