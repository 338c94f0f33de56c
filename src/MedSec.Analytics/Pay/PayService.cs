using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Analytics.Pay;

/// <summary>
/// The pay façade over one set of reference data: each call hands the query to the pure rules of MedSec.Domain.Pay,
/// which hold every rule of pay (this class holds none).
/// </summary>
public sealed class PayService(ReferenceData reference) : IPayService
{
    public PublicPay PublicPay(PublicPayQuery query) =>
        PublicPayRules.Compute(reference, query.Grade, query.Echelon, query.Date, query.Zone, query.IncludeCti);

    public LegalFloor Floor(FloorQuery query) =>
        LegalFloorRules.Compute(
            reference, query.Agreement, query.Level, query.Date, query.WeeklyHours, query.SeniorityYears, SmicTerritories.Of(query.Region));

    public NetPay Net(NetQuery query) => NetPayRules.Net(reference, query.Gross, query.Sector, query.Date, query.IndexedPay);

    public decimal GrossFromNet(decimal net, Sector sector, DateOnly date) => NetPayRules.GrossFromNet(reference, net, sector, date);

    public SmicRate Smic(DateOnly date, SmicTerritory territory) => SmicRules.At(reference, date, territory);

    public decimal SmicMonthly(DateOnly date, SmicTerritory territory) => SmicRules.MonthlyAt(reference, date, territory);

    public decimal SmicForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory) =>
        SmicRules.ForWeeklyHours(reference, SmicRules.At(reference, date, territory), weeklyHours, date);

    public decimal? HighestAgreementMinimum(DateOnly date) => LegalFloorRules.HighestAgreementMinimum(reference, date);

    public decimal ForHours(decimal fullTimeMonthly, decimal weeklyHours, DateOnly date) =>
        HoursRules.MonthlyFor(reference, fullTimeMonthly, weeklyHours, date);

    public PublicCareer PublicCareer(PublicCareerQuery query) =>
        PublicCareerRules.Timeline(reference, query.Grade, query.Start, query.Years, query.StartEchelon);
}
