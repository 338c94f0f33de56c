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
    /// (gross − net) / gross rounded to 4 decimals (0 for a zero gross).
    /// </summary>
    public static NetPay Net(ReferenceData data, decimal gross, Sector sector, DateOnly date)
    {
        if (gross < 0) throw PayErrors.NegativeAmount("brut", gross);
        var schedule = ContributionSchedule.At(data, RegimeOf(sector), date);
        var lines = Contributions(schedule, gross, sector);
        var net = gross - lines.Sum(l => l.Amount);
        var rate = gross == 0m ? 0m : Money.Rate4((gross - net) / gross);

        var warnings = new List<string> { sector == Sector.Public ? PayWarnings.NetPublicAssumption : PayWarnings.NetPrivateExclusions };
        if (date > data.Horizon()) warnings.Add(PayWarnings.BeyondData(data.Horizon()));

        return new NetPay(gross, CodeBook.Sectors.ToCode(sector), date, net, rate, schedule.AsOf, warnings) { Contributions = lines };
    }

    /// <summary>
    /// The gross, to the cent, whose net (<see cref="Net"/>) is <paramref name="net"/>. Rounding each contribution makes
    /// net(gross) a step function, so the answer is the smallest cent gross whose net is exactly the target when one
    /// exists, else the cent gross whose net is closest (the smaller one on a tie).
    /// </summary>
    public static decimal GrossFromNet(ReferenceData data, decimal net, Sector sector, DateOnly date)
    {
        if (net < 0) throw PayErrors.NegativeAmount("net", net);
        var schedule = ContributionSchedule.At(data, RegimeOf(sector), date);
        decimal NetOf(long cents) => NetOfGross(schedule, cents / 100m, sector);

        // Contributions are non-negative, so gross ≥ net; double the upper bound until its net reaches the target.
        var low = (long)Math.Floor(net * 100m);
        var high = Math.Max(low, 1) * 2;
        while (NetOf(high) < net) high *= 2;
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            if (NetOf(mid) < net) low = mid + 1; else high = mid;
        }

        // Rounding can make net(g) dip by a cent as g grows: look a few cents either side for an exact match.
        const int Neighbourhood = 3;
        return Enumerable.Range(-Neighbourhood, 2 * Neighbourhood + 1)
            .Select(d => low + d)
            .Where(c => c >= 0)
            .Select(c => (Cents: c, Gap: Math.Abs(NetOf(c) - net)))
            .OrderBy(x => x.Gap).ThenBy(x => x.Cents)
            .First().Cents / 100m;
    }

    private static decimal NetOfGross(ContributionSchedule schedule, decimal gross, Sector sector) =>
        gross - Contributions(schedule, gross, sector).Sum(l => l.Amount);

    private static List<ContributionAmount> Contributions(ContributionSchedule schedule, decimal gross, Sector sector)
    {
        // A titulaire's gross is all traitement + CTI (DESIGN.md, pay net); a private employee has no indexed pay.
        var indexedPay = sector == Sector.Public ? gross : 0m;
        const decimal bonuses = 0m;
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
