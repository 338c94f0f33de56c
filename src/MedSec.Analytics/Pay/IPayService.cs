using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Analytics.Pay;

/// <summary>
/// The one façade the dashboard, the API and the CLI use for pay rules; none of them computes pay itself.
/// Throws <see cref="MedSec.Domain.MedSecInputException"/> for requests the rules cannot answer.
/// </summary>
public interface IPayService
{
    PublicPay PublicPay(PublicPayQuery query);

    LegalFloor Floor(FloorQuery query);

    NetPay Net(NetQuery query);

    /// <summary>The monthly gross whose net (same rules as <see cref="Net"/>) is <paramref name="net"/>, to the cent.</summary>
    decimal GrossFromNet(decimal net, Sector sector, DateOnly date);

    /// <summary>The SMIC row (hourly, monthly, text) of <paramref name="territory"/> in force at <paramref name="date"/>.</summary>
    SmicRate Smic(DateOnly date, SmicTerritory territory);

    /// <summary>
    /// The full-time (151.67 h) monthly SMIC of <paramref name="territory"/> in force at <paramref name="date"/>
    /// (<see cref="SmicTerritories.Of"/> gives a région's).
    /// </summary>
    decimal SmicMonthly(DateOnly date, SmicTerritory territory);

    /// <summary>
    /// The monthly SMIC of <paramref name="territory"/> for <paramref name="weeklyHours"/> at <paramref name="date"/>, from
    /// its hourly SMIC (<see cref="SmicRules.ForWeeklyHours"/>), to the cent.
    /// </summary>
    decimal SmicForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory);

    /// <summary>The highest full-time monthly agreement minimum (any agreement, any level) in force at <paramref name="date"/>, or null.</summary>
    decimal? HighestAgreementMinimum(DateOnly date);

    /// <summary>
    /// A full-time monthly amount as the monthly pay of <paramref name="weeklyHours"/> at <paramref name="date"/>: pro rata
    /// up to 35 h, overtime premiums beyond (<see cref="HoursRules"/>), to the cent.
    /// </summary>
    decimal ForHours(decimal fullTimeMonthly, decimal weeklyHours, DateOnly date);

    PublicCareer PublicCareer(PublicCareerQuery query);
}
