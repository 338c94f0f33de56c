using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>minimum_traitement.csv: the indice majoré below which no agent is paid (minimum de traitement).</summary>
internal static class MinimumTraitementTable
{
    public const string FileName = "minimum_traitement.csv";

    public static IReadOnlyList<MinimumIndex> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var (from, to) = row.Validity();
            return new MinimumIndex(from, to, row.Int("indice_majore"), row.OptionalText("note") ?? "", row.Text("source"))
            {
                Status = row.Status(),
            };
        });
}
