using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>agreement_addons.csv: the add-ons an agreement puts on a level's minimum with years (IDCC 2264 ECR).</summary>
internal static class AgreementAddOnsTable
{
    public const string FileName = "agreement_addons.csv";

    private static readonly IReadOnlyList<string> Kinds = ["experience", "anciennete"];

    public static IReadOnlyList<AgreementAddOn> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var (from, to) = row.Validity();
            return new AgreementAddOn(
                row.Code("idcc", CodeBook.Agreements), row.Text("level"), row.OneOf("addon", Kinds), row.Int("min_years"),
                row.Decimal("percent_of_minimum"), from, to, row.Text("legal_status"), row.Status(), row.Text("source"));
        });
}
