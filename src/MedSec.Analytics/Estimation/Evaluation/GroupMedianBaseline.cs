using MedSec.Analytics.Estimation.Model;
using MedSec.Data.Frames;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation.Evaluation;

/// <summary>
/// The baseline a model must beat: the median monthly gross of the training rows in the same sector × région ×
/// experience band (the DataFrame layer's type 7 percentiles); a cell without training rows falls back to
/// sector × experience band, then sector, then all rows.
/// </summary>
public sealed class GroupMedianBaseline
{
    private static readonly FrameDimension[][] Levels =
    [
        [FrameDimension.Sector, FrameDimension.Region, FrameDimension.ExperienceBand],
        [FrameDimension.Sector, FrameDimension.ExperienceBand],
        [FrameDimension.Sector],
        [],
    ];

    private readonly PercentileTable[] _tables;

    private GroupMedianBaseline(PercentileTable[] tables) => _tables = tables;

    public static GroupMedianBaseline Fit(IEnumerable<ModelRow> train)
    {
        var frame = ObservationFrame.From([.. train.Select(r => r.ToObservation())]);
        return new GroupMedianBaseline([.. Levels.Select(dims => frame.Percentiles(new PercentileQuery(GroupBy: dims, Probabilities: [0.5m], K: 1)))]);
    }

    public decimal Predict(ModelRow row)
    {
        var sector = CodeBook.Sectors.ToCode(row.Sector);
        var band = ExperienceBands.Label(row.ExperienceYears);
        string[][] keys = [[sector, row.Region.Code, band], [sector, band], [sector], []];
        for (var level = 0; level < _tables.Length; level++)
        {
            if (_tables[level].Cell(keys[level]) is { Values: [var median] }) return median;
        }
        throw new InvalidOperationException("The baseline was fitted on no rows.");
    }
}
