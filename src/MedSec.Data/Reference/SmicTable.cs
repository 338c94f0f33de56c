using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>smic.csv: SMIC brut (métropole), hourly and for a 35 h month (151.67 h).</summary>
internal static class SmicTable
{
    public const string FileName = "smic.csv";

    public static IReadOnlyList<SmicRate> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var (from, to) = row.Validity();
            return new SmicRate(from, to, row.Decimal("hourly_eur"), row.Decimal("monthly_35h_eur"), row.Text("legal_text"), row.Text("source"))
            {
                Status = row.Status(),
            };
        });
}
