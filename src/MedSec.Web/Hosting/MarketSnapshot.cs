using MedSec.Analytics.Market;

namespace MedSec.Web.Hosting;

/// <summary>
/// The market statistics the pages show, read on first use and read again after an import or a deletion (see
/// <see cref="RefreshingImportService"/>), so the pages follow the store without a restart. <paramref name="forget"/>
/// drops the cache <paramref name="load"/> reads from, when it has one: the app's is <c>MedSecServices.Market</c>, which
/// the grid designer reads too (it once kept the observations of the start until a restart).
/// </summary>
public sealed class MarketSnapshot(Func<MarketStatistics> load, Action? forget = null)
{
    private readonly Lock _gate = new();
    private MarketStatistics? _current;

    public MarketStatistics Current
    {
        get
        {
            lock (_gate) return _current ??= load();
        }
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            forget?.Invoke();
            _current = null;
        }
    }
}
