using MedSec.Analytics.Pay;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>The real pay rules over the bundled reference data, loaded once for the estimation tests.</summary>
internal static class EstimationServices
{
    public static readonly MedSecServices Services = MedSecServices.LoadDefault();

    public static IPayService Pay => Services.Pay;
}
