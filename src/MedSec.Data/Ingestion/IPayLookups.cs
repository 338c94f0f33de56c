using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Data.Ingestion;

/// <summary>
/// The pay rules that normalisation needs, supplied by the caller (MedSec.Data does not know the pay services).
/// Each throws <see cref="MedSec.Domain.MedSecInputException"/> for a date the rules do not cover. They may be called from
/// several threads at once (the pipeline reads large inputs in parallel).
/// </summary>
public interface IPayLookups
{
    /// <summary>The monthly gross whose net before income tax is <paramref name="net"/>, to the cent.</summary>
    decimal GrossFromNet(decimal net, Sector sector, DateOnly date);

    /// <summary>The full-time (151.67 h) monthly SMIC of <paramref name="territory"/> in force at <paramref name="date"/>.</summary>
    decimal SmicMonthly(DateOnly date, SmicTerritory territory);

    /// <summary>
    /// The monthly SMIC of <paramref name="territory"/> for <paramref name="weeklyHours"/> a week at <paramref name="date"/>,
    /// as the pay rules compute it (<see cref="SmicRules.ForWeeklyHours"/>: the hourly SMIC × the hours of the month, to the cent).
    /// </summary>
    decimal SmicForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory);
}
