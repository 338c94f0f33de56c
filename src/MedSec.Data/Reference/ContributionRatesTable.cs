using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>contribution_rates.csv: employee contribution rates (cotisations salariales) and the base each applies to.</summary>
internal static class ContributionRatesTable
{
    public const string FileName = "contribution_rates.csv";

    public static readonly IReadOnlyList<string> Regimes = ["private", "public-titulaire"];

    /// <summary>The base codes documented in SOURCES.md (contribution_rates.csv section).</summary>
    public static readonly IReadOnlyList<string> Bases =
        ["gross", "gross-capped-pss", "gross-above-pss", "cet-base", "csg-base", "indexed-pay", "bonuses", ContributionBases.Pss];

    public static IReadOnlyList<ContributionRate> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var regime = row.OneOf("regime", Regimes);
            var item = row.Text("item");
            var rate = row.Decimal("rate");
            var baseCode = row.OneOf("base", Bases);
            // A "pss" row is a limit counted in PSS (4, 8), every other a share of its base.
            if (baseCode == ContributionBases.Pss ? rate < 1m : rate is < 0m or > 1m)
                throw row.Fail("rate", baseCode == ContributionBases.Pss ? $"'{rate}' is not a number of PSS (1 or more)" : $"'{rate}' is not a share between 0 and 1");
            var (from, to) = row.Validity();
            return new ContributionRate(regime, item, rate, baseCode, from, to, row.Status(), row.Text("source"));
        });
}
