using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>overtime_premiums.csv: the bands of the overtime premium absent an agreement (Code du travail, art. L3121-36).</summary>
internal static class OvertimePremiumsTable
{
    public const string FileName = "overtime_premiums.csv";

    public static IReadOnlyList<OvertimePremium> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var (from, to) = row.Validity();
            return new OvertimePremium(
                row.Decimal("from_overtime_hour"), row.OptionalDecimal("to_overtime_hour"), row.Decimal("premium_rate"),
                from, to, row.Status(), row.Text("source"));
        });
}
