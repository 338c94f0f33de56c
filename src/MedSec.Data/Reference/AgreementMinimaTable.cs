using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>agreement_minima.csv: minimum wages of the collective agreements (IDCC 1147, 2264, 29, 2098) per level and period.</summary>
internal static class AgreementMinimaTable
{
    public const string FileName = "agreement_minima.csv";

    private static readonly IReadOnlyList<string> Bases = ["monthly", "annual"];

    public static IReadOnlyList<AgreementMinimum> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var agreement = row.Code("idcc", CodeBook.Agreements);
            var levelType = row.Text("level_type");
            var level = row.Text("level");
            var jobLabel = row.OptionalText("job_label");
            var amount = row.Decimal("amount_eur");
            var basis = row.OneOf("amount_basis", Bases) == "annual" ? AmountBasis.Annual : AmountBasis.Monthly;
            var hours = row.Decimal("hours_basis");
            var (from, to) = row.Validity();
            return new AgreementMinimum(
                agreement, levelType, level, jobLabel, amount, basis, hours, from, to,
                row.Text("legal_status"), row.Status(), row.Text("source"));
        });
}
