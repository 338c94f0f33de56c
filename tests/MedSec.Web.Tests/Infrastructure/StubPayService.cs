using MedSec.Domain.Reference;

namespace MedSec.Web.Tests.Infrastructure;

/// <summary>An <see cref="IPayService"/> that answers public pay with a fixed result and records the last query.</summary>
public sealed class StubPayService(PublicPay answer) : IPayService
{
    public PublicPayQuery? LastPublicQuery { get; private set; }

    public Exception? Failure { get; set; }

    public PublicPay PublicPay(PublicPayQuery query)
    {
        LastPublicQuery = query;
        if (Failure is not null) throw Failure;
        return answer;
    }

    public LegalFloor Floor(FloorQuery query) => throw new NotSupportedException();

    public NetPay Net(NetQuery query) => throw new NotSupportedException();

    public decimal GrossFromNet(decimal net, Sector sector, DateOnly date) => throw new NotSupportedException();

    public SmicRate Smic(DateOnly date, SmicTerritory territory) => throw new NotSupportedException();

    public decimal SmicMonthly(DateOnly date, SmicTerritory territory) => throw new NotSupportedException();

    public decimal SmicForHours(decimal weeklyHours, DateOnly date, SmicTerritory territory) => throw new NotSupportedException();

    public decimal? HighestAgreementMinimum(DateOnly date) => throw new NotSupportedException();

    public decimal ForHours(decimal fullTimeMonthly, decimal weeklyHours, DateOnly date) => throw new NotSupportedException();

    public PublicCareer PublicCareer(PublicCareerQuery query) => throw new NotSupportedException();
}
