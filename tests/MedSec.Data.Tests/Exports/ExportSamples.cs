using MedSec.Data.Exports;

namespace MedSec.Data.Tests.Exports;

/// <summary>A small table with one column of each kind.</summary>
public static class ExportSamples
{
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("Libellé", ExportKind.Text), new("Niveau", ExportKind.Integer), new("Brut", ExportKind.Money), new("Compa-ratio", ExportKind.Ratio),
        new("Écart (%)", ExportKind.Percent), new("Date", ExportKind.Date), new("Alerte", ExportKind.YesNo),
    ];

    public static ExportTable Table(IReadOnlyList<string>? notes = null) => new("Grille", Columns,
        [
            ["Positionnement 5", 1, 1823.03m, 0.957m, 6.5m, new DateOnly(2026, 3, 1), true],
            ["Coordinatrice; \"senior\"", 2, 12345.6m, 1m, null, null, false],
        ],
        notes ?? []);
}
