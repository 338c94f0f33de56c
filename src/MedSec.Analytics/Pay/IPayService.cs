using MedSec.Domain.Pay;

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

    PublicCareer PublicCareer(PublicCareerQuery query);
}
