using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>
/// smic.csv (métropole) and smic_mayotte.csv (Mayotte's own SMIC): SMIC brut, hourly and for a 35 h month (151.67 h).
/// Both files have the same columns.
/// </summary>
internal static class SmicTable
{
    public const string FileName = "smic.csv";

    public const string MayotteFileName = "smic_mayotte.csv";

    public static IReadOnlyList<SmicRate> Read(string directory, string fileName = FileName) =>
        ReferenceCsv.ReadAll(directory, fileName, row =>
        {
            var (from, to) = row.Validity();
            return new SmicRate(from, to, row.Decimal("hourly_eur"), row.Decimal("monthly_35h_eur"), row.Text("legal_text"), row.Text("source"))
            {
                Status = row.Status(),
            };
        });
}
