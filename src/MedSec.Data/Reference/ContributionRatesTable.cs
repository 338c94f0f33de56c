using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>contribution_rates.csv: employee contribution rates (cotisations salariales) and the base each applies to.</summary>
internal static class ContributionRatesTable
{
    public const string FileName = "contribution_rates.csv";

    public static readonly IReadOnlyList<string> Regimes = ["private", "public-titulaire"];

    /// <summary>The base codes documented in SOURCES.md (contribution_rates.csv section).</summary>
    public static readonly IReadOnlyList<string> Bases =
        ["gross", "gross-capped-pss", "gross-above-pss", "cet-base", "csg-base", "indexed-pay", "bonuses"];

    public static IReadOnlyList<ContributionRate> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var regime = row.OneOf("regime", Regimes);
            var item = row.Text("item");
            var rate = row.Decimal("rate");
            if (rate is < 0m or > 1m) throw row.Fail("rate", $"'{rate}' is not a share between 0 and 1");
            var baseCode = row.OneOf("base", Bases);
            var (from, to) = row.Validity();
            return new ContributionRate(regime, item, rate, baseCode, from, to, row.Status(), row.Text("source"));
        });
}
