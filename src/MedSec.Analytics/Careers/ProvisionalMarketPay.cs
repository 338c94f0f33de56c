using System.Collections.Concurrent;
using MedSec.Analytics.Pay;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Careers;

/// <summary>
/// PROVISIONAL market pay, used only until the pay estimator of issue 5 is wired behind <see cref="IMarketPay"/>. The net
/// monthly pay moves linearly from the P25 of secretaries (PCS 542A, 2023) at entry to their P75 after
/// <c>provisional-experience-span</c> years (parameters of careers.csv), is turned into gross with the net rules, and never
/// falls below the SMIC. It ignores région, specialty, employer and contract: the estimator is what models those.
/// </summary>
public sealed class ProvisionalMarketPay(IPayService pay, CareerCatalog catalog) : IMarketPay
{
    public const string ProvisionalName = "provisional-market-rule";

    private readonly decimal _entryNet = catalog.Parameter("provisional-net-entry");
    private readonly decimal _experiencedNet = catalog.Parameter("provisional-net-experienced");
    private readonly decimal _span = catalog.Parameter("provisional-experience-span");
    private readonly ConcurrentDictionary<(int, DateOnly), decimal> _cache = new();

    public string Name => ProvisionalName;

    public bool IsProvisional => true;

    public decimal MonthlyGross(MarketProfile profile) =>
        _cache.GetOrAdd((Math.Max(0, profile.ExperienceYears), profile.Date), key =>
        {
            var (experience, date) = key;
            var share = Math.Min(experience, _span) / _span;
            var net = Money.Cents(_entryNet + (_experiencedNet - _entryNet) * share);
            var gross = pay.GrossFromNet(net, Sector.Private, date);
            return Math.Max(gross, pay.SmicMonthly(date));
        });
}
