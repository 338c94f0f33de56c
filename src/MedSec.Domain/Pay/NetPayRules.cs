using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>
/// Gross → net before income tax (net avant impôt sur le revenu) from the employee contribution rates in force.
/// <c>private</c> and <c>remote</c> are employees of the régime général; <c>public</c> is an FPH titulaire whose whole
/// gross is counted as traitement indiciaire + CTI (CNRACL, CSG, CRDS; no primes, so no RAFP). Mutuelle and prévoyance
/// shares, which depend on each agreement or employer, are not deducted. The bases are described in
/// <see cref="ContributionBases"/>.
/// </summary>
public static class NetPayRules
{
    public const string PrivateRegime = "private";
    public const string PublicTitulaireRegime = "public-titulaire";

    /// <summary>The contribution regime of a sector: télésecrétaires are private employees.</summary>
    public static string RegimeOf(Sector sector) => sector == Sector.Public ? PublicTitulaireRegime : PrivateRegime;

    /// <summary>
    /// net = gross − Σ round(rate × base, 2) over the contributions in force; the rate shown is
    /// (gross − net) / gross rounded to 4 decimals (0 for a zero gross). A gross given with fractions of a cent is
    /// rounded to the cent first: it is an amount of money (DESIGN.md, Conventions), and so is the net.
    /// A titulaire's gross is all traitement indiciaire + CTI (DESIGN.md, <c>pay net</c>) unless
    /// <paramref name="indexedPay"/> says which part is (<see cref="PublicPay.IndexedPay"/>): the rest (résidence,
    /// différentielle) is then an indemnité, outside the CNRACL and inside the RAFP's base.
    /// </summary>
    public static NetPay Net(ReferenceData data, decimal gross, Sector sector, DateOnly date, decimal? indexedPay = null)
    {
        if (gross < 0) throw PayErrors.NegativeAmount("brut", gross);
        if (gross > Money.MaxAmount) throw PayErrors.AmountTooLarge("brut", gross);
        gross = Money.Cents(gross);
        if (indexedPay is { } given && (sector != Sector.Public || given < 0m || given > gross))
            throw new ArgumentOutOfRangeException(nameof(indexedPay), given, "The indexed pay of a titulaire is a part of the gross.");
        var schedule = ContributionSchedule.At(data, RegimeOf(sector), date);
        var lines = Contributions(schedule, gross, sector, indexedPay);
        var net = gross - lines.Sum(l => l.Amount);
        var rate = gross == 0m ? 0m : Money.Rate4((gross - net) / gross);

        var warnings = new List<string>
        {
            sector != Sector.Public ? PayWarnings.NetPrivateExclusions
            : indexedPay is null ? PayWarnings.NetPublicAssumption
            : PayWarnings.NetPublicParts,
        };
        if (data.Horizon() is var horizon && date > horizon) warnings.Add(PayWarnings.BeyondData(horizon));

        return new NetPay(gross, CodeBook.Sectors.ToCode(sector), date, net, rate, schedule.AsOf, warnings) { Contributions = lines };
    }

    /// <summary>
    /// The gross, to the cent, whose net (<see cref="Net"/>) is <paramref name="net"/>; ingestion uses it to turn net
    /// observations into gross. Rounding each contribution to the cent makes net(gross) a step function that can dip by a
    /// cent or two as the gross grows, so one net comes from a small cluster of cents (778.25 and 778.27 € both give
    /// 616.08 € privately in 2026; up to 6 cents apart). The answer is the middle of that cluster (the lower cent on a
    /// tie): within 3 cents of every gross of the cluster, and within 1 cent for about 98 % of
    /// grosses (counted cent by cent over 0-15 000 € with the 2026 rates). The CET starts on the whole
    /// gross once it passes the PSS, so a net just below the PSS's net is also reached about 7 € above the PSS: the lower
    /// gross is returned, whether the PSS itself or a cent or two below it gives the highest net under the PSS (a dip can
    /// fall on the PSS: 3 924,99 € gave 3 107,02 € privately in December 2025, the PSS of 3 925 € gave 3 107,01 €). When no
    /// cent gives the target exactly, the cent whose net is closest.
    /// </summary>
    public static decimal GrossFromNet(ReferenceData data, decimal net, Sector sector, DateOnly date)
    {
        if (net < 0) throw PayErrors.NegativeAmount("net", net);
        var schedule = ContributionSchedule.At(data, RegimeOf(sector), date);
        decimal NetOf(long cents) => NetOfGross(schedule, cents / 100m, sector);

        // Contributions are non-negative, so gross ≥ net. Below and above the PSS, net is increasing up to cent dips.
        var low = (long)Math.Floor(net * 100m);
        if (schedule.PssOrNull() is { } pss && HighestNetUpTo((long)(pss * 100m), NetOf) >= net)
            return Cluster(low, (long)(pss * 100m), net, NetOf) / 100m;
        var high = Math.Max(low, 1) * 2;
        while (NetOf(high) < net) high *= 2;
        return Cluster(low, high, net, NetOf) / 100m;
    }

    /// <summary>How far a dip of the step function reaches: the cents of one cluster lie within this many of each other.</summary>
    private const int Window = 6;

    /// <summary>The highest net of the cents just up to <paramref name="cents"/>: the net below a cliff, dips included.</summary>
    private static decimal HighestNetUpTo(long cents, Func<long, decimal> netOf) =>
        Enumerable.Range(0, Window + 1).Select(d => cents - d).Where(c => c >= 0).Max(netOf);

    /// <summary>The middle cent of the cluster whose net is the target, searched in [low, high] where net(high) ≥ target.</summary>
    private static long Cluster(long low, long high, decimal target, Func<long, decimal> netOf)
    {
        var (from, to) = (low, high);
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            if (netOf(mid) < target) low = mid + 1; else high = mid;
        }

        // The bisection lands where net first reaches the target, give or take the dips: the cluster lies a few cents around.
        var candidates = Enumerable.Range(-Window, 2 * Window + 1)
            .Select(d => low + d)
            .Where(c => c >= from && c <= to)
            .Select(c => (Cents: c, Gap: Math.Abs(netOf(c) - target)))
            .ToList();
        var exact = candidates.Where(c => c.Gap == 0m).Select(c => c.Cents).ToList();
        return exact.Count > 0
            ? (exact.Min() + exact.Max()) / 2
            : candidates.OrderBy(c => c.Gap).ThenBy(c => c.Cents).First().Cents;
    }

    private static decimal NetOfGross(ContributionSchedule schedule, decimal gross, Sector sector) =>
        gross - Contributions(schedule, gross, sector).Sum(l => l.Amount);

    private static List<ContributionAmount> Contributions(ContributionSchedule schedule, decimal gross, Sector sector, decimal? indexed = null)
    {
        // A titulaire's gross is all traitement + CTI unless told otherwise (DESIGN.md, pay net); a private employee has
        // no indexed pay and no bonuses on a public base.
        var indexedPay = sector == Sector.Public ? indexed ?? gross : 0m;
        var bonuses = sector == Sector.Public ? gross - indexedPay : 0m;
        return schedule.Contributions
            .OrderBy(c => c.Item, StringComparer.Ordinal)
            .Select(c =>
            {
                var baseAmount = ContributionBases.Amount(c.Base, gross, indexedPay, bonuses, schedule);
                return new ContributionAmount(c.Item, c.Base, c.Rate, baseAmount, Money.Cents(c.Rate * baseAmount));
            })
            .ToList();
    }
}
