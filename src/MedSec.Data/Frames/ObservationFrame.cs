using MedSec.Data.Ingestion;
using MedSec.Domain.Observations;
using Microsoft.Data.Analysis;

namespace MedSec.Data.Frames;

/// <summary>
/// The typed observation table: a Microsoft.Data.Analysis <see cref="DataFrame"/> built from the pipeline's typed arrays
/// (never <c>DataFrame.LoadCsv</c>), and the percentiles of the full-time monthly gross by any combination of filters
/// and groupings, computed over those arrays (DataFrame's GroupBy has no quantiles) with cells under k suppressed.
/// </summary>
public sealed partial class ObservationFrame
{
    private ObservationFrame(ObservationColumns columns)
    {
        Columns = columns;
        DataFrame = BuildDataFrame(columns);
    }

    /// <summary>The rows, column by column.</summary>
    public ObservationColumns Columns { get; }

    /// <summary>
    /// Numbers as decimal (money) and DateTime columns; coded columns (sector, region…) hold the code's index as a byte,
    /// 0 meaning "none" for optional ones (see data/README.md); <see cref="ToLabelledDataFrame"/> gives them as text.
    /// </summary>
    public DataFrame DataFrame { get; }

    public int Count => Columns.Count;

    public static ObservationFrame From(ObservationColumns columns) => new(columns);

    public static ObservationFrame From(IReadOnlyCollection<NormalisedObservation> rows) => new(ObservationColumns.From(rows));
}
