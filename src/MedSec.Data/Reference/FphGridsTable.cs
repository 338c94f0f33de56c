using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>fph_grids.csv: indice brut, indice majoré and duration of each échelon, per grade and period.</summary>
internal static class FphGridsTable
{
    public const string FileName = "fph_grids.csv";

    public static IReadOnlyList<GridStep> Read(string directory) =>
        ReferenceCsv.ReadAll(directory, FileName, row =>
        {
            var (from, to) = row.Validity();
            return new GridStep(
                row.Code("grade_code", CodeBook.Grades),
                Positive(row, "echelon"),
                Positive(row, "indice_brut"),
                Positive(row, "indice_majore"),
                row.OptionalInt("duration_months"),
                from,
                to,
                row.Status(),
                row.Text("source"))
            {
                Note = row.OptionalText("note"),
            };
        });

    private static int Positive(ReferenceRow row, string column)
    {
        var value = row.Int(column);
        return value > 0 ? value : throw row.Fail(column, $"'{value}' must be positive");
    }
}
