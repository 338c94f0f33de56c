using MedSec.Analytics.Careers;
using MedSec.Analytics.Estimation;
using MedSec.Analytics.Grids;
using MedSec.Analytics.Market;
using MedSec.Analytics.Pay;
using MedSec.Analytics.Payroll;
using MedSec.Data.Careers;
using MedSec.Data.Reference;
using MedSec.Data.Store;
using MedSec.Domain.Careers;
using MedSec.Domain.Reference;

namespace MedSec.Analytics;

/// <summary>
/// The composition root the CLI, the web app and the notebooks share: one set of reference data and the services built
/// on it, so every face computes with the same figures. Later issues add their services here.
/// </summary>
public sealed class MedSecServices
{
    public MedSecServices(ReferenceData reference)
    {
        Reference = reference;
        Pay = new PayService(reference);
    }

    public ReferenceData Reference { get; }

    public IPayService Pay { get; }

    private EstimateService? _estimates;
    private MarketStatistics? _market;
    private GridDesignService? _grids;

    /// <summary>Where the pay estimator finds its data and keeps its model (default: <see cref="EstimationSettings.Default"/>).</summary>
    public EstimationSettings EstimationSettings { get; init; } = EstimationSettings.Default();

    /// <summary>The pay estimator's life cycle (load or train, <c>train</c>, <c>evaluate</c>), created on first use.</summary>
    public EstimateService Estimates =>
        LazyInitializer.EnsureInitialized(ref _estimates, () => new EstimateService(Pay, EstimationSettings));

    /// <summary>Market pay estimates (thread-safe: a pool of prediction engines); the model loads or trains on first estimate.</summary>
    public IPayEstimator Estimator => Estimates;

    /// <summary>Market statistics over the bundled sample and the imported observations, read on first use.</summary>
    public MarketStatistics Market =>
        LazyInitializer.EnsureInitialized(ref _market, () =>
            new MarketStatistics(MarketData.Load(Pay, EstimationSettings.SampleFile, EstimationSettings.DatabasePath)));

    /// <summary>Forgets the market data read so far: the next use of <see cref="Market"/> reads the sample and the store again (after an import).</summary>
    public void ReloadMarketData() => Interlocked.Exchange(ref _market, null);

    private CareerCatalog? _careerCatalog;
    private IMarketPay? _marketPay;
    private ICareerPathService? _careers;

    /// <summary>Roles, moves and training routes of careers.csv (read on first use, next to the reference tables).</summary>
    public CareerCatalog CareerCatalog => LazyInitializer.EnsureInitialized(ref _careerCatalog, CareerCatalogLoader.LoadDefault);

    /// <summary>Private and remote market pay for career paths: the pay estimator's median, held to its floor.</summary>
    public IMarketPay MarketPay => LazyInitializer.EnsureInitialized(ref _marketPay, () => new EstimatorMarketPay(Estimator));

    /// <summary>
    /// Career paths (<c>medsec paths</c>, <c>GET /api/paths</c>), created on first use: loads the bundled synthetic career
    /// histories and trains the transition model (a few seconds); market pay comes from <see cref="Estimator"/>.
    /// </summary>
    public ICareerPathService Careers => LazyInitializer.EnsureInitialized(ref _careers, () =>
        CareerServices.Create(CareerCatalog, Reference, Pay, MarketPay, CareerServices.DefaultHistories(), syntheticHistories: true));

    /// <summary>
    /// The HR salary-grid designer over the market statistics' data and the payrolls of the local store
    /// (<see cref="EstimationSettings"/>' store, default <c>$MEDSEC_HOME/medsec.db</c>; personal data, never part of the
    /// market data), created on first use.
    /// </summary>
    public IGridDesignService Grids =>
        LazyInitializer.EnsureInitialized(ref _grids, () => new GridDesignService(
            Reference, Pay, new FrameMarketLevels(() => Market.Data),
            new PayrollServiceBook(new PayrollService(Pay, EstimationSettings.DatabasePath ?? StoreLocation.DefaultDatabasePath()))));

    /// <summary>Services over the bundled reference data (or <c>$MEDSEC_DATA/reference</c>, see <see cref="ReferenceDataLoader"/>).</summary>
    public static MedSecServices LoadDefault() => new(ReferenceDataLoader.LoadDefault());
}
