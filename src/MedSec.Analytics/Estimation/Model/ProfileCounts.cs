namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// How many observations the model was built from, by combination of values (codes, <c>unknown</c> for missing):
/// saved with the model, so a loaded model can fill in omitted options, report n and weigh its explanations
/// without the data.
/// </summary>
/// <param name="Combos">Counts by sector × employer × size × specialty × contract.</param>
/// <param name="Cells">Counts by the profile's cell: sector × region × employer × experience band.</param>
public sealed record ProfileCounts(IReadOnlyList<ComboCount> Combos, IReadOnlyList<CellCount> Cells)
{
    public static ProfileCounts From(IEnumerable<PayFeatureRow> rows, IEnumerable<string> experienceBands)
    {
        var combos = new Dictionary<(string, string, string, string, string), int>();
        var cells = new Dictionary<(string, string, string, string), int>();
        using var bands = experienceBands.GetEnumerator();
        foreach (var r in rows)
        {
            bands.MoveNext();
            var combo = (r.Sector, r.Employer, r.Size, r.Specialty, r.Contract);
            combos[combo] = combos.GetValueOrDefault(combo) + 1;
            var cell = (r.Sector, r.Region, r.Employer, bands.Current);
            cells[cell] = cells.GetValueOrDefault(cell) + 1;
        }
        return new ProfileCounts(
            [.. combos.OrderBy(c => c.Key).Select(c => new ComboCount(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Key.Item5, c.Value))],
            [.. cells.OrderBy(c => c.Key).Select(c => new CellCount(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Value))]);
    }
}
