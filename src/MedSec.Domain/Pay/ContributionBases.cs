using MedSec.Domain.Reference;

namespace MedSec.Domain.Pay;

/// <summary>
/// What each base code of contribution_rates.csv means, for a monthly gross. Only MedSec.Domain reads these codes;
/// an unknown code is a data error, not a user error.
/// <list type="bullet">
/// <item><c>gross</c>: the whole gross.</item>
/// <item><c>gross-capped-pss</c>: gross up to the plafond de la Sécurité sociale (tranche 1: vieillesse plafonnée, AGIRC-ARRCO and CEG T1).</item>
/// <item><c>gross-above-pss</c>: the part of the gross between 1 PSS and the <c>agirc-arrco-t2-pss-limit</c> parameter row
/// (8 PSS; tranche 2: AGIRC-ARRCO and CEG T2, accord national interprofessionnel AGIRC-ARRCO du 17 novembre 2017).</item>
/// <item><c>cet-base</c>: the gross up to that limit (tranches 1 and 2), but only when the gross exceeds the PSS
/// (contribution d'équilibre technique, same accord); 0 otherwise.</item>
/// <item><c>csg-base</c>: the <c>csg-base-share</c> parameter row (98.25 %: abattement de 1.75 % pour frais
/// professionnels, loi 2011-1906 art. 17; the row cites its source) × the gross up to the <c>csg-abattement-pss-limit</c>
/// row (4 PSS), plus the whole gross above it: the abattement applies only to the part of the pay up to four times the
/// plafond (code de la sécurité sociale art. L136-1-2, L136-2 before 2019; data/reference/SOURCES.md, contribution_rates.csv).</item>
/// <item><c>indexed-pay</c>: traitement indiciaire + NBI + CTI, the base of the CNRACL pension (décret 2003-1306; the CTI
/// counts, juris-cnracl.retraites.fr/node/2468). For a public titulaire the whole gross is counted here (DESIGN.md, <c>pay net</c>).</item>
/// <item><c>bonuses</c>: primes et indemnités, the base of the RAFP (décret 2004-569), capped at
/// <c>rafp-bonus-cap-share</c> (20 %) of the indexed pay. With the whole gross counted as indexed pay it is 0.</item>
/// </list>
/// </summary>
public static class ContributionBases
{
    public const string Gross = "gross";
    public const string GrossCappedPss = "gross-capped-pss";
    public const string GrossAbovePss = "gross-above-pss";
    public const string CetBase = "cet-base";
    public const string CsgBase = "csg-base";
    public const string IndexedPay = "indexed-pay";
    public const string Bonuses = "bonuses";

    /// <summary>Parameter rows of contribution_rates.csv: they shape a base and are not contributions themselves.</summary>
    public const string CsgBaseShareItem = "csg-base-share";
    public const string RafpBonusCapShareItem = "rafp-bonus-cap-share";

    /// <summary>
    /// The abattement pour frais professionnels of the CSG and CRDS base applies to the pay up to this many PSS, not beyond
    /// (code de la sécurité sociale art. L136-1-2: "dans la limite de quatre fois le plafond"). Base code <see cref="Pss"/>.
    /// </summary>
    public const string CsgAbattementPssLimitItem = "csg-abattement-pss-limit";

    /// <summary>
    /// Tranche 2 of AGIRC-ARRCO ends, and the CET's base stops, at this many PSS (accord national interprofessionnel
    /// AGIRC-ARRCO du 17 novembre 2017, art. 35). Base code <see cref="Pss"/>.
    /// </summary>
    public const string Tranche2PssLimitItem = "agirc-arrco-t2-pss-limit";

    /// <summary>The base code of a parameter that is a number of PSS (a limit), not a share.</summary>
    public const string Pss = "pss";

    /// <summary>True for a parameter row; every other row is a contribution.</summary>
    public static bool IsParameter(ContributionRate row) =>
        row.Item is CsgBaseShareItem or RafpBonusCapShareItem or CsgAbattementPssLimitItem or Tranche2PssLimitItem;

    /// <summary>The amount of a base for a monthly gross split into indexed pay and bonuses.</summary>
    internal static decimal Amount(string baseCode, decimal gross, decimal indexedPay, decimal bonuses, ContributionSchedule schedule) =>
        baseCode switch
        {
            Gross => gross,
            GrossCappedPss => Math.Min(gross, schedule.RequirePss()),
            // 40 050 € in 2026 (PSS 4 005, 8 PSS 32 040): tranche 2 = 28 035 €, CET base = 32 040 €.
            GrossAbovePss => Math.Max(0m, Math.Min(gross, Tranche2Limit(schedule)) - schedule.RequirePss()),
            CetBase => gross > schedule.RequirePss() ? Math.Min(gross, Tranche2Limit(schedule)) : 0m,
            CsgBase => CsgBaseAmount(
                gross, schedule.RequireParameter(CsgBaseShareItem), schedule.RequireParameter(CsgAbattementPssLimitItem) * schedule.RequirePss()),
            IndexedPay => indexedPay,
            Bonuses => bonuses == 0m ? 0m : Math.Min(bonuses, indexedPay * schedule.RequireParameter(RafpBonusCapShareItem)),
            _ => throw new InvalidOperationException($"Unknown contribution base '{baseCode}' in the reference data."),
        };

    /// <summary>
    /// The CSG and CRDS base: share × the gross up to 4 PSS + the gross above 4 PSS in full (code de la sécurité sociale
    /// art. L136-1-2). 20 000 € in 2026 (PSS 4 005): 0.9825 × 16 020 + 3 980 = 19 719.65 €, not 0.9825 × 20 000 = 19 650 €.
    /// </summary>
    private static decimal CsgBaseAmount(decimal gross, decimal share, decimal ceiling) =>
        share * Math.Min(gross, ceiling) + Math.Max(0m, gross - ceiling);

    /// <summary>Where tranche 2 ends: 8 PSS, 32 040 € a month in 2026.</summary>
    private static decimal Tranche2Limit(ContributionSchedule schedule) =>
        schedule.RequireParameter(Tranche2PssLimitItem) * schedule.RequirePss();
}
