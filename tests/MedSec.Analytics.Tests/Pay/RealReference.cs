using MedSec.Analytics.Pay;

namespace MedSec.Analytics.Tests.Pay;

/// <summary>The bundled reference data of data/reference, loaded once for every test of this folder.</summary>
internal static class RealReference
{
    public static readonly MedSecServices Services = MedSecServices.LoadDefault();

    public static IPayService Service => Services.Pay;

    public static DateOnly D(string iso) => PayRequestParser.Date(iso, "date");
}
