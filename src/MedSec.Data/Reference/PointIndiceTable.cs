using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>
/// point_indice.csv: annual value of index 100. Only the annual value is stored: monthly pay is
/// IM × annual / 1200, never IM × a rounded monthly point (DESIGN.md conventions).
/// </summary>
internal static class PointIndiceTable
{
    public const string FileName = "point_indice.csv";

    public static IReadOnlyList<PointValue> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var (from, to) = row.Validity();
            return new PointValue(from, to, row.Decimal("annual_value_eur"), row.Text("legal_text"), row.Text("source"))
            {
                Status = row.Status(),
            };
        });
}
