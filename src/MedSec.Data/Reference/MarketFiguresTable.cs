namespace MedSec.Data.Reference;

/// <summary>market_figures.csv: the published aggregates the outside check compares the pay model with.</summary>
public static class MarketFiguresTable
{
    public const string FileName = "market_figures.csv";

    /// <summary>Reads the table from a reference directory (default: <see cref="ReferenceDataLoader.DefaultDirectory"/>).</summary>
    /// <exception cref="ReferenceDataException">The file is missing or a row is malformed.</exception>
    public static IReadOnlyList<MarketFigure> Read(string? directory = null) =>
        ReferenceCsv.ReadAll(directory ?? ReferenceDataLoader.DefaultDirectory(), FileName, row => new MarketFigure(
            row.Text("figure_id"), row.Text("subject"), row.Text("statistic"), row.Decimal("value"), row.Text("unit"),
            row.OptionalText("pay_basis") ?? "", row.OptionalText("period") ?? "", row.OptionalText("region_code"),
            row.Text("confidence"), row.Text("source")));
}
