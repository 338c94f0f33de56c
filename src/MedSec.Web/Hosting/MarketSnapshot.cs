using MedSec.Analytics.Market;

namespace MedSec.Web.Hosting;

/// <summary>
/// The market statistics the pages show, read on first use and read again after an import or a deletion (see
/// <see cref="RefreshingImportService"/>), so the overview follows the store without a restart.
/// </summary>
public sealed class MarketSnapshot(Func<MarketStatistics> load)
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
        lock (_gate) _current = null;
    }
}
