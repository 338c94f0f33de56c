using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>pss.csv: plafond mensuel de la Sécurité sociale per period.</summary>
internal static class PssTable
{
    public const string FileName = "pss.csv";

    public static IReadOnlyList<SocialSecurityCeiling> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var (from, to) = row.Validity();
            return new SocialSecurityCeiling(from, to, row.Decimal("monthly_eur"), row.Status(), row.Text("source"));
        });
}
