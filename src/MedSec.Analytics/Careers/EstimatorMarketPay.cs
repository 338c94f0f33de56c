using System.Collections.Concurrent;
using System.Globalization;
using MedSec.Analytics.Estimation;

namespace MedSec.Analytics.Careers;

/// <summary>
/// The pay estimator (issue 5) behind <see cref="IMarketPay"/>: the estimate's median for the profile at 35 h, never
/// below the estimate's legal floor. Answers are cached per profile (a path asks for the same years again and again);
/// explanations are not computed. Thread-safe, as the estimator is.
/// </summary>
public sealed class EstimatorMarketPay(IPayEstimator estimator) : IMarketPay
{
    private readonly ConcurrentDictionary<MarketProfile, decimal> _cache = new();

    public string Name => $"pay-estimator ({estimator.Model.Trainer}, {estimator.Model.Origin})";

    public bool IsProvisional => false;

    public IReadOnlyList<string> Caveats =>
        estimator.Model.SyntheticShare > 0
            ? [$"Salaires du privé et du télésecrétariat : estimateur ML.NET appris sur {estimator.Model.SyntheticShare.ToString("P0", CultureInfo.GetCultureInfo("fr-FR"))} " +
                "d'observations synthétiques (data/sample)."]
            : [];

    public decimal MonthlyGross(MarketProfile profile) =>
        _cache.GetOrAdd(profile, p =>
        {
            var ask = new PayProfile(p.Sector, p.Region, p.ExperienceYears, p.Specialty, p.Employer, Contract: p.Contract, Date: p.Date);
            var estimate = estimator is EstimateService service ? service.Current.Estimate(ask, explain: false) : estimator.Estimate(ask);
            return Math.Max(estimate.Median, estimate.Floor);
        });
}
