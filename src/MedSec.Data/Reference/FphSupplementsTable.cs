using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>fph_supplements.csv: parameters of the FPH supplements (indemnité de résidence, CTI, ISS, prime de service …).</summary>
internal static class FphSupplementsTable
{
    public const string FileName = "fph_supplements.csv";

    /// <summary>What a value counts (SOURCES.md): a share of a base, indice majoré points, hours, or euros a year.</summary>
    public static readonly IReadOnlyList<string> Units = ["rate", "index-points", "hours", "eur-per-year"];

    public static IReadOnlyList<PublicSupplement> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var code = row.Text("code");
            var value = row.Decimal("value");
            var unit = row.OneOf("unit", Units);
            var (from, to) = row.Validity();
            return new PublicSupplement(code, value, unit, from, to, row.Status(), row.Text("source"));
        });
}
