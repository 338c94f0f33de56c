using MedSec.Analytics.Market;
using MedSec.Domain.Observations;

namespace MedSec.Web.Tests.Infrastructure;

/// <summary>Hand-made market observations (monthly gross for 35 h given directly) for the overview's tests.</summary>
public sealed class MarketBuilder
{
    private readonly List<NormalisedObservation> _rows = [];

    public MarketBuilder Add(Sector sector, string region, decimal experience, decimal monthlyGross, bool synthetic, DateOnly? date = null)
    {
        var observation = new Observation(date ?? new DateOnly(2024, 6, 1), "test", sector, null, null, new Region(region), null,
            experience, null, null, null, null, null, null, monthlyGross, PayBasis.Monthly, 12m, PayKind.Gross, null, synthetic);
        _rows.Add(new NormalisedObservation(observation, _rows.Count + 2, monthlyGross, false, ObservationFlags.None, null,
            new Dictionary<string, string>()));
        return this;
    }

    public MarketStatistics Build() => new(MarketData.From(_rows));
}
