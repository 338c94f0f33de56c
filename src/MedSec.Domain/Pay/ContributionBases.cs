namespace MedSec.Domain.Pay;

/// <summary>
/// What each base code of contribution_rates.csv means, for a monthly gross. Only MedSec.Domain reads these codes;
/// an unknown code is a data error, not a user error.
/// <list type="bullet">
/// <item><c>gross</c>: the whole gross.</item>
/// <item><c>gross-capped-pss</c>: gross up to the plafond de la Sécurité sociale (tranche 1: vieillesse plafonnée, AGIRC-ARRCO and CEG T1).</item>
/// <item><c>gross-above-pss</c>: gross above the PSS (tranche 2: AGIRC-ARRCO and CEG T2). Its upper limit of 8 PSS is not
/// modelled: it starts at about 32 000 € a month, far beyond any medical secretary's pay.</item>
/// <item><c>cet-base</c>: the whole gross, but only when it exceeds the PSS (contribution d'équilibre technique, accord national
/// interprofessionnel AGIRC-ARRCO du 17 novembre 2017); 0 otherwise.</item>
/// <item><c>csg-base</c>: gross × the <c>csg-base-share</c> parameter row (98.25 %: abattement de 1.75 % pour frais
/// professionnels, loi 2011-1906 art. 17; the row cites its source). The abattement stops at 4 PSS; beyond that (16 000 € a
/// month) this base is slightly too low.</item>
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

    /// <summary>The amount of a base for a monthly gross split into indexed pay and bonuses.</summary>
    internal static decimal Amount(string baseCode, decimal gross, decimal indexedPay, decimal bonuses, ContributionSchedule schedule) =>
        baseCode switch
        {
            Gross => gross,
            GrossCappedPss => Math.Min(gross, schedule.RequirePss()),
            GrossAbovePss => Math.Max(0m, gross - schedule.RequirePss()),
            CetBase => gross > schedule.RequirePss() ? gross : 0m,
            CsgBase => gross * schedule.RequireParameter(CsgBaseShareItem),
            IndexedPay => indexedPay,
            Bonuses => bonuses == 0m ? 0m : Math.Min(bonuses, indexedPay * schedule.RequireParameter(RafpBonusCapShareItem)),
            _ => throw new InvalidOperationException($"Unknown contribution base '{baseCode}' in the reference data."),
        };
}
