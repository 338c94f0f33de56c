namespace MedSec.Data.Payroll;

/// <summary>Settings of <see cref="PayrollPipeline"/>.</summary>
/// <param name="Today">Hire dates after this day are refused, and the SMIC of this day is the floor flagged against (default: today).</param>
/// <param name="SmicMonthly">The full-time monthly SMIC at a date (null: no floor flag).</param>
public sealed record PayrollPipelineOptions(DateOnly? Today = null, Func<DateOnly, decimal?>? SmicMonthly = null)
{
    public DateOnly TodayOrNow => Today ?? DateOnly.FromDateTime(DateTime.Now);
}
