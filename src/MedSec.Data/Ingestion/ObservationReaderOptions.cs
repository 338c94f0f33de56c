using MedSec.Data.Geography;

namespace MedSec.Data.Ingestion;

/// <summary>Settings of <see cref="ObservationCsvReader"/>.</summary>
/// <param name="DefaultSource">The source of records whose file has no source column (default: the file name).</param>
/// <param name="Today">Dates after this day are refused (default: the local date when the reader is created).</param>
/// <param name="MaxRecordBytes">A longer record (as written, in UTF-8 bytes) is rejected with its line and its longest field's
/// column; the records after it are read (<see cref="RecordLimit"/>, the rule of every delimited import).</param>
/// <param name="Geography">
/// The départements and their régions (data/reference/departements.csv). When given, a département must be one of the COG's
/// and lie in the record's région; without it (a reader without reference data), a département is checked for its form only.
/// </param>
public sealed record ObservationReaderOptions(
    string? DefaultSource = null,
    DateOnly? Today = null,
    int MaxRecordBytes = RecordLimit.DefaultBytes,
    FrenchGeography? Geography = null)
{
    /// <summary>The oldest date accepted: reference pay rules start later, and older figures are not market data.</summary>
    public static readonly DateOnly Oldest = new(1990, 1, 1);

    public DateOnly TodayOrNow => Today ?? DateOnly.FromDateTime(DateTime.Now);
}
