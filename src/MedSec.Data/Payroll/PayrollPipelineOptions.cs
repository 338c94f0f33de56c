namespace MedSec.Data.Payroll;

/// <summary>Settings of <see cref="PayrollPipeline"/>.</summary>
/// <param name="Today">Hire dates after this day are refused, and the SMIC of this day is the floor flagged against (default: today).</param>
/// <param name="SmicForHours">
/// The monthly SMIC for a number of weekly hours (at most 35) at a date, to the cent, as the pay rules compute it
/// (<see cref="MedSec.Domain.Pay.SmicRules.ForWeeklyHours"/>: the hourly SMIC × the hours of the month); null: no floor flag.
/// </param>
/// <param name="HighestAgreementMinimum">
/// The highest full-time monthly agreement minimum in force at a date (null: no check); a full-time base above
/// <see cref="MedSec.Data.Ingestion.ObservationPipelineOptions.AbsurdFactor"/> × it is flagged as looking annual.
/// </param>
/// <param name="MaxRecordBytes">A longer record (as written, in UTF-8 bytes) is rejected with its line and its longest field's
/// column, and the records after it are read (<see cref="MedSec.Data.Ingestion.RecordLimit"/>, as for observation files).</param>
public sealed record PayrollPipelineOptions(
    DateOnly? Today = null,
    Func<decimal, DateOnly, decimal?>? SmicForHours = null,
    Func<DateOnly, decimal?>? HighestAgreementMinimum = null,
    int MaxRecordBytes = MedSec.Data.Ingestion.RecordLimit.DefaultBytes)
{
    public DateOnly TodayOrNow => Today ?? DateOnly.FromDateTime(DateTime.Now);
}
