using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace MedSec.Data.Exports;

/// <summary>
/// Writes tables as an XLSX workbook with MiniExcel, one sheet per table: numbers are real numbers (not text) with a
/// number format per kind (<c># ##0,00</c> for euros in a French Excel), dates real dates, the header row frozen with
/// an auto-filter; the notes of every table go to a last sheet "Notes".
/// </summary>
public static class XlsxExport
{
    public const string NotesSheet = "Notes";

    public static void Write(Stream stream, IReadOnlyList<ExportTable> tables)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in tables)
        {
            if (table.Name.Length is 0 or > ExportTable.MaxSheetName || table.Name.AsSpan().IndexOfAny("[]:*?/\\") >= 0)
                throw new ArgumentException($"Invalid sheet name '{table.Name}'.", nameof(tables));
            sheets.Add(table.Name, Rows(table));
        }
        var notes = tables.SelectMany(t => t.Notes).Distinct().ToList();
        if (notes.Count > 0)
            sheets.Add(NotesSheet, notes.Select(n => new Dictionary<string, object?> { ["Note"] = n }).ToList());

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            EnableWriteNullValueCell = true,
            DynamicColumns = [.. tables.SelectMany(t => t.Columns).Where(c => Format(c.Kind) is not null)
                .GroupBy(c => c.Header).Select(g => new DynamicExcelColumn(g.Key) { Format = Format(g.First().Kind), Width = Width(g.First()) })],
        };
        MiniExcel.SaveAs(stream, sheets, configuration: configuration);
    }

    public static byte[] ToBytes(IReadOnlyList<ExportTable> tables)
    {
        using var stream = new MemoryStream();
        Write(stream, tables);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Rows(ExportTable table) =>
        [.. table.Rows.Select(row =>
        {
            if (row.Count != table.Columns.Count) throw new ArgumentException($"A row of {table.Name} has {row.Count} values for {table.Columns.Count} columns.");
            var cells = new Dictionary<string, object?>(table.Columns.Count);
            for (var i = 0; i < row.Count; i++) cells.Add(table.Columns[i].Header, Cell(row[i]));
            return cells;
        })];

    private static object? Cell(object? value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        bool b => b ? "oui" : "non",
        _ => value,
    };

    private static string? Format(ExportKind kind) => kind switch
    {
        ExportKind.Money => "#,##0.00",
        ExportKind.Ratio => "0.000",
        ExportKind.Percent => "0.00",
        ExportKind.Integer => "0",
        ExportKind.Date => "yyyy-mm-dd",
        _ => null,
    };

    private static double Width(ExportColumn column) => Math.Max(10, Math.Min(40, column.Header.Length + 2));
}
