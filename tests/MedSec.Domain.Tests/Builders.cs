using System.Globalization;
using MedSec.Domain.Codes;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Tests;

/// <summary>
/// A small <see cref="ReferenceData"/> built in memory from the figures of RESEARCH.md (research snapshot of 2026-08),
/// transcribed by hand from its tables; tests change one figure with the With… methods.
/// </summary>
public sealed class ReferenceBuilder
{
    private const string Src = "RESEARCH.md";

    // RESEARCH.md 1.2: (échelon, IB, IM at 2024-01-01, duration in months; null for the last échelon).
    private static readonly Dictionary<GradeCode, (int Echelon, int Ib, int Im, int? Months)[]> Grids2024 = new()
    {
        [GradeCode.AmaCn] = [(1, 389, 373, 12), (2, 395, 374, 12), (3, 397, 375, 12), (4, 401, 376, 12), (5, 415, 377, 24), (6, 431, 386, 24), (7, 452, 401, 24), (8, 478, 420, 36), (9, 500, 436, 36), (10, 513, 446, 36), (11, 538, 462, 36), (12, 563, 482, 48), (13, 597, 508, null)],
        [GradeCode.AmaCs] = [(1, 401, 376, 12), (2, 415, 377, 12), (3, 429, 384, 24), (4, 444, 395, 24), (5, 458, 406, 24), (6, 480, 421, 24), (7, 506, 441, 36), (8, 528, 457, 36), (9, 542, 466, 36), (10, 567, 485, 36), (11, 599, 509, 48), (12, 638, 539, null)],
        [GradeCode.AmaCe] = [(1, 446, 397, 12), (2, 461, 409, 24), (3, 484, 424, 24), (4, 513, 446, 24), (5, 547, 470, 24), (6, 573, 489, 36), (7, 604, 513, 36), (8, 638, 539, 36), (9, 660, 556, 36), (10, 684, 574, 36), (11, 707, 592, null)],
        [GradeCode.AahC1] = [(1, 367, 366, 12), (2, 368, 367, 12), (3, 370, 368, 12), (4, 371, 369, 12), (5, 374, 370, 12), (6, 378, 371, 12), (7, 381, 372, 36), (8, 387, 373, 36), (9, 401, 376, 36), (10, 419, 377, 48), (11, 432, 387, null)],
        [GradeCode.AahC2] = [(1, 368, 367, 12), (2, 371, 369, 12), (3, 376, 370, 12), (4, 387, 373, 12), (5, 396, 374, 12), (6, 404, 376, 12), (7, 416, 377, 24), (8, 430, 385, 24), (9, 446, 397, 36), (10, 461, 409, 36), (11, 473, 417, 48), (12, 486, 425, null)],
        [GradeCode.AahC3] = [(1, 388, 373, 12), (2, 397, 375, 12), (3, 412, 376, 24), (4, 430, 385, 24), (5, 448, 398, 24), (6, 460, 408, 24), (7, 478, 420, 36), (8, 499, 435, 36), (9, 525, 455, 36), (10, 558, 478, null)],
    };

    // RESEARCH.md 2.1: IDCC 1147 monthly minima by positionnement, one column per avenant.
    private static readonly string[] Idcc1147Dates = ["2019-07-01", "2021-06-01", "2022-07-01", "2023-07-01", "2024-01-01"];
    private static readonly Dictionary<string, decimal[]> Idcc1147 = new()
    {
        ["4"] = [1581m, 1616m, 1664.48m, 1747.20m, 1782.14m],
        ["5"] = [1642m, 1678m, 1728.34m, 1780.19m, 1815.79m],
        ["6"] = [1708m, 1746m, 1798.38m, 1852.33m, 1889.38m],
        ["7"] = [1778m, 1817m, 1871.51m, 1927.66m, 1966.21m],
        ["8"] = [1854m, 1895m, 1951.85m, 2010.41m, 2050.62m],
        ["9"] = [1953m, 1996m, 2055.88m, 2117.56m, 2159.91m],
        ["10"] = [2058m, 2103m, 2166.09m, 2231.07m, 2275.69m],
        ["11"] = [2169m, 2216m, 2282.48m, 2350.95m, 2397.97m],
        ["12"] = [2293m, 2343m, 2413.29m, 2485.69m, 2535.40m],
        ["13"] = [2429m, 2482m, 2556.46m, 2633.15m, 2685.81m],
        ["14"] = [2923m, 2987m, 3076.61m, 3168.91m, 3232.29m],
        ["15"] = [3479m, 3556m, 3662.68m, 3772.56m, 3848.01m],
        ["16"] = [4097m, 4187m, 4312.61m, 4441.99m, 4530.83m],
    };

    private readonly List<GridStep> _grids = [];
    private readonly List<PointValue> _points = [];
    private readonly List<MinimumIndex> _minimumIndexes = [];
    private readonly List<SmicRate> _smic = [];
    private readonly List<SmicRate> _mayotteSmic = [];
    private readonly List<AgreementMinimum> _minima = [];
    private readonly List<PublicSupplement> _supplements = [];
    private readonly List<ContributionRate> _contributions = [];
    private readonly List<SocialSecurityCeiling> _ceilings = [];
    private readonly List<OvertimePremium> _overtime = [];

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? DOrNull(string? iso) => iso is null ? null : D(iso);

    /// <summary>Every figure of RESEARCH.md the pay rules read.</summary>
    public static ReferenceBuilder Research()
    {
        var b = new ReferenceBuilder();
        foreach (var (grade, rows) in Grids2024)
        {
            foreach (var (e, ib, im, months) in rows)
            {
                // RESEARCH.md 1.2: the +5 IM of 2024-01-01 (décret 2023-519 art. 2) applies to every IM.
                b._grids.Add(new GridStep(grade, e, ib, im - 5, months, D("2023-07-01"), D("2023-12-31"), "derived", Src));
                b._grids.Add(new GridStep(grade, e, ib, im, months, D("2024-01-01"), null, "sourced", Src));
            }
        }

        // RESEARCH.md 1.3.
        b.WithPoint("2016-07-01", "2017-01-31", 5589.69m).WithPoint("2017-02-01", "2022-06-30", 5623.23m)
         .WithPoint("2022-07-01", "2023-06-30", 5820.04m).WithPoint("2023-07-01", null, 5907.34m);
        b.WithMinimumIndex("2022-01-01", "2022-04-30", 343).WithMinimumIndex("2022-05-01", "2022-12-31", 352)
         .WithMinimumIndex("2023-01-01", "2023-04-30", 353).WithMinimumIndex("2023-05-01", "2023-12-31", 361)
         .WithMinimumIndex("2024-01-01", null, 366);

        // RESEARCH.md 3.
        (string From, string? To, decimal Hourly, decimal Monthly)[] smic =
        [
            ("2020-01-01", "2020-12-31", 10.15m, 1539.42m), ("2021-01-01", "2021-09-30", 10.25m, 1554.58m),
            ("2021-10-01", "2021-12-31", 10.48m, 1589.47m), ("2022-01-01", "2022-04-30", 10.57m, 1603.12m),
            ("2022-05-01", "2022-07-31", 10.85m, 1645.58m), ("2022-08-01", "2022-12-31", 11.07m, 1678.95m),
            ("2023-01-01", "2023-04-30", 11.27m, 1709.28m), ("2023-05-01", "2023-12-31", 11.52m, 1747.20m),
            ("2024-01-01", "2024-10-31", 11.65m, 1766.92m), ("2024-11-01", "2025-12-31", 11.88m, 1801.80m),
            ("2026-01-01", "2026-05-31", 12.02m, 1823.03m), ("2026-06-01", null, 12.31m, 1867.02m),
        ];
        foreach (var s in smic) b._smic.Add(new SmicRate(D(s.From), DOrNull(s.To), s.Hourly, s.Monthly, "décret", Src));

        // Mayotte's own SMIC (modele-social@11.1.0 rule 'SMIC . horaire', Mayotte variation; 2020 from mission-apprentissage/bal),
        // set by the same texts (art. 1, 2°); monthly = hourly × 35 × 52 / 12 as in smic.csv.
        (string From, string? To, decimal Hourly, decimal Monthly)[] mayotte =
        [
            ("2020-01-01", "2020-12-31", 7.66m, 1161.77m), ("2021-01-01", "2021-09-30", 7.74m, 1173.90m),
            ("2021-10-01", "2021-12-31", 7.91m, 1199.68m), ("2022-01-01", "2022-04-30", 7.98m, 1210.30m),
            ("2022-05-01", "2022-07-31", 8.19m, 1242.15m), ("2022-08-01", "2022-12-31", 8.35m, 1266.42m),
            ("2023-01-01", "2023-04-30", 8.51m, 1290.68m), ("2023-05-01", "2023-12-31", 8.70m, 1319.50m),
            ("2024-01-01", "2024-10-31", 8.80m, 1334.67m), ("2024-11-01", "2025-12-31", 8.98m, 1361.97m),
            ("2026-01-01", "2026-05-31", 9.33m, 1415.05m), ("2026-06-01", null, 9.56m, 1449.93m),
        ];
        foreach (var s in mayotte) b._mayotteSmic.Add(new SmicRate(D(s.From), DOrNull(s.To), s.Hourly, s.Monthly, "décret", Src));

        // RESEARCH.md 2.1-2.3.
        for (var i = 0; i < Idcc1147Dates.Length; i++)
        {
            var to = i + 1 < Idcc1147Dates.Length ? D(Idcc1147Dates[i + 1]).AddDays(-1) : (DateOnly?)null;
            foreach (var (level, amounts) in Idcc1147)
            {
                b._minima.Add(new AgreementMinimum(Agreement.Idcc1147, "positionnement", level, null, amounts[i],
                    AmountBasis.Monthly, 151.67m, D(Idcc1147Dates[i]), to, "VIGUEUR_ETEN", "sourced", Src));
            }
        }
        foreach (var (level, annual) in new[] { ("3", 23600m), ("6", 23900m), ("8", 27143m) })
        {
            b._minima.Add(new AgreementMinimum(Agreement.Idcc2264, "niveau", level, null, annual,
                AmountBasis.Annual, 151.67m, D("2024-01-01"), null, "VIGUEUR_NON_ETEN", "sourced", Src));
        }
        b._minima.Add(new AgreementMinimum(Agreement.Idcc2264, "coefficient", "193", null, 1736.86m,
            AmountBasis.Monthly, 151.67m, D("2022-07-01"), null, "VIGUEUR_ETEN", "sourced", Src));
        b._minima.Add(new AgreementMinimum(Agreement.Idcc29, "coefficient", "376", null, 1672.07m,
            AmountBasis.Monthly, 151.67m, D("2018-07-01"), null, "derived", "derived", Src));

        // RESEARCH.md 1.4.
        b.WithSupplement("residence-rate-zone1", 0.03m, "1985-11-05").WithSupplement("residence-rate-zone2", 0.01m, "1985-11-05")
         .WithSupplement("residence-rate-zone3", 0m, "1985-11-05")
         .WithSupplement("residence-floor-index", 361m, "2023-05-01", "2023-12-31").WithSupplement("residence-floor-index", 366m, "2024-01-01")
         .WithSupplement("cti-points", 24m, "2020-09-01", "2020-11-30").WithSupplement("cti-points", 49m, "2020-12-01")
         .WithSupplement("iss-hours", 13m, "1990-08-01").WithSupplement("iss-annual-hours", 1900m, "1990-08-01")
         .WithSupplement("service-bonus-typical-rate", 0.075m, "1967-03-24");

        // RESEARCH.md 5.
        foreach (var (item, rate, basis, from) in new[]
        {
            ("vieillesse-plafonnee", 0.0690m, "gross-capped-pss", "2016-01-01"), ("vieillesse-deplafonnee", 0.0040m, "gross", "2017-01-01"),
            ("agirc-arrco-t1", 0.0315m, "gross-capped-pss", "2019-01-01"), ("agirc-arrco-t2", 0.0864m, "gross-above-pss", "2019-01-01"),
            ("ceg-t1", 0.0086m, "gross-capped-pss", "2019-01-01"), ("ceg-t2", 0.0108m, "gross-above-pss", "2019-01-01"),
            ("cet", 0.0014m, "cet-base", "2019-01-01"), ("maladie", 0m, "gross", "2018-01-01"), ("chomage", 0m, "gross", "2018-10-01"),
            ("csg-deductible", 0.0680m, "csg-base", "2018-01-01"), ("csg-non-deductible", 0.0240m, "csg-base", "1993-07-01"),
            ("crds", 0.0050m, "csg-base", "1996-02-01"), ("csg-base-share", 0.9825m, "gross", "2012-01-01"),
            // Code de la sécurité sociale art. L136-1-2 (4 PSS); ANI AGIRC-ARRCO du 17 novembre 2017 art. 35 (8 PSS).
            ("csg-abattement-pss-limit", 4m, "pss", "2012-01-01"), ("agirc-arrco-t2-pss-limit", 8m, "pss", "2019-01-01"),
        })
        {
            b._contributions.Add(new ContributionRate("private", item, rate, basis, D(from), null, "sourced", Src));
        }
        foreach (var (item, rate, basis, from) in new[]
        {
            ("cnracl", 0.1110m, "indexed-pay", "2020-01-01"), ("rafp", 0.0500m, "bonuses", "2005-01-01"),
            ("rafp-bonus-cap-share", 0.2000m, "indexed-pay", "2005-01-01"),
            ("csg-deductible", 0.0680m, "csg-base", "2018-01-01"), ("csg-non-deductible", 0.0240m, "csg-base", "1993-07-01"),
            ("crds", 0.0050m, "csg-base", "1996-02-01"), ("csg-base-share", 0.9825m, "gross", "2012-01-01"),
            ("csg-abattement-pss-limit", 4m, "pss", "2012-01-01"),
        })
        {
            b._contributions.Add(new ContributionRate("public-titulaire", item, rate, basis, D(from), null, "sourced", Src));
        }

        // RESEARCH.md 5 (cotisations_salariales.csv): PSS 2023-2026.
        foreach (var (from, to, monthly) in new[]
        {
            ("2023-01-01", "2023-12-31", 3666m), ("2024-01-01", "2024-12-31", 3864m),
            ("2025-01-01", "2025-12-31", 3925m), ("2026-01-01", (string?)null, 4005m),
        })
        {
            b._ceilings.Add(new SocialSecurityCeiling(D(from), DOrNull(to), monthly, "sourced", Src));
        }

        // Code du travail art. L3121-36 (not in RESEARCH.md): +25 % for the first 8 overtime hours of a week, +50 % after.
        b._overtime.Add(new OvertimePremium(0m, 8m, 0.25m, D("2016-08-10"), null, "sourced", "Code du travail L3121-36"));
        b._overtime.Add(new OvertimePremium(8m, null, 0.50m, D("2016-08-10"), null, "sourced", "Code du travail L3121-36"));
        return b;
    }

    public ReferenceBuilder WithPoint(string from, string? to, decimal annual)
    {
        _points.Add(new PointValue(D(from), DOrNull(to), annual, "décret", Src));
        return this;
    }

    public ReferenceBuilder WithMinimumIndex(string from, string? to, int index)
    {
        _minimumIndexes.Add(new MinimumIndex(D(from), DOrNull(to), index, "", Src));
        return this;
    }

    public ReferenceBuilder WithSupplement(string code, decimal value, string from, string? to = null)
    {
        _supplements.Add(new PublicSupplement(code, value, "", D(from), DOrNull(to), "sourced", Src));
        return this;
    }

    /// <summary>Replaces every row of a supplement by one row valid from <paramref name="from"/>.</summary>
    public ReferenceBuilder ReplacingSupplement(string code, decimal value, string from)
    {
        _supplements.RemoveAll(s => s.Code == code);
        return WithSupplement(code, value, from);
    }

    /// <summary>Replaces every row of a regime's contribution item by one row valid from <paramref name="from"/>.</summary>
    public ReferenceBuilder ReplacingContribution(string regime, string item, decimal rate, string basis, string from)
    {
        _contributions.RemoveAll(c => c.Regime == regime && c.Item == item);
        _contributions.Add(new ContributionRate(regime, item, rate, basis, D(from), null, "sourced", Src));
        return this;
    }

    public ReferenceBuilder WithSmic(string from, decimal hourly, decimal monthly)
    {
        _smic.Add(new SmicRate(D(from), null, hourly, monthly, "décret", Src));
        return this;
    }

    public ReferenceData Build() =>
        new(_grids.ToList(), _points.ToList(), _minimumIndexes.ToList(), _smic.ToList(), _minima.ToList(), _supplements.ToList(), _contributions.ToList())
        {
            SocialSecurityCeilings = _ceilings.ToList(),
            OvertimePremiums = _overtime.ToList(),
            MayotteSmic = _mayotteSmic.ToList(),
        };
}
