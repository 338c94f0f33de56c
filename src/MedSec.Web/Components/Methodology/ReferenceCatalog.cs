using MedSec.Data.Geography;
using MedSec.Data.Sample;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Reference;
using MedSec.Web.Formatting;

namespace MedSec.Web.Components.Methodology;

/// <summary>
/// Describes the loaded reference data table by table: what each holds, how many rows, the period covered, the as-of date
/// of its newest figure, the status of its rows and the sources they cite. Figures revised at least yearly (SMIC, point
/// d'indice, agreement minima, PSS) get a warning when their newest value is more than a year older than <c>today</c>.
/// </summary>
public static class ReferenceCatalog
{
    public static IReadOnlyList<ReferenceTableSummary> Describe(ReferenceData data, DateOnly today)
    {
        var tables = new List<ReferenceTableSummary>
        {
            Summary("fph_grids.csv", "Grilles indiciaires FPH",
                "Indice brut, indice majoré et durée de chaque échelon des six grades (AMA classes normale, supérieure, exceptionnelle ; adjoints administratifs C1, C2, C3).",
                data.Grids.Select(g => new ReferenceRowInfo(g.ValidFrom, g.Status, g.Source)), today, revisedYearly: false),
            Summary("point_indice.csv", "Valeur du point d'indice",
                "Valeur annuelle de l'indice 100, commune aux trois fonctions publiques : traitement mensuel = indice majoré × valeur ÷ 1 200.",
                data.PointValues.Select(p => new ReferenceRowInfo(p.ValidFrom, p.Status, p.Source)), today, revisedYearly: true),
            Summary("minimum_traitement.csv", "Minimum de traitement",
                "Indice majoré plancher de tout agent public.",
                data.MinimumIndexes.Select(m => new ReferenceRowInfo(m.ValidFrom, m.Status, m.Source)), today, revisedYearly: false),
            Summary("smic.csv", "SMIC",
                "SMIC brut horaire et mensuel (151,67 h) en métropole, en Guadeloupe, en Guyane, en Martinique et à La Réunion.",
                data.Smic.Select(s => new ReferenceRowInfo(s.ValidFrom, s.Status, s.Source)), today, revisedYearly: true),
            Summary("smic_mayotte.csv", "SMIC de Mayotte",
                "SMIC brut horaire et mensuel (151,67 h) propre à Mayotte, fixé par les mêmes textes (art. 1, 2°).",
                data.MayotteSmic.Select(s => new ReferenceRowInfo(s.ValidFrom, s.Status, s.Source)), today, revisedYearly: true),
            Summary("fph_supplements.csv", "Compléments de la FPH",
                "Indemnité de résidence, complément de traitement indiciaire (CTI), indemnité de sujétion spéciale, prime de service.",
                data.Supplements.Select(s => new ReferenceRowInfo(s.ValidFrom, s.Status, s.Source)), today, revisedYearly: false),
            Summary("contribution_rates.csv", "Cotisations salariales",
                "Taux des cotisations salariales (régime général non cadre, fonctionnaire hospitalier) pour passer du brut au net.",
                data.Contributions.Select(c => new ReferenceRowInfo(c.ValidFrom, c.Status, c.Source)), today, revisedYearly: false),
            Summary("pss.csv", "Plafond de la Sécurité sociale",
                "Plafond mensuel qui sépare les tranches de cotisations.",
                data.SocialSecurityCeilings.Select(p => new ReferenceRowInfo(p.ValidFrom, p.Status, p.Source)), today, revisedYearly: true),
            Summary("overtime_premiums.csv", "Majoration des heures supplémentaires",
                "Majoration de chaque heure au-delà de 35 h par semaine, à défaut d'accord (Code du travail, art. L3121-36).",
                data.OvertimePremiums.Select(o => new ReferenceRowInfo(o.ValidFrom, o.Status, o.Source)), today, revisedYearly: false),
            Summary("agreement_addons.csv", "Éléments complémentaires, IDCC 2264",
                "Majorations du minimum annuel (RMAN) du niveau 6 avec l'expérience et l'ancienneté (avenant n° 33, non étendu).",
                data.AgreementAddOns.Select(a => new ReferenceRowInfo(a.ValidFrom, a.Status, a.Source)), today, revisedYearly: false),
        };
        tables.AddRange(data.AgreementMinima.GroupBy(m => m.Agreement).OrderBy(g => g.Key).Select(g => Summary(
            "agreement_minima.csv", $"Minima conventionnels, IDCC {CodeBook.Agreements.ToCode(g.Key)}", AgreementName(g.Key),
            g.Select(m => new ReferenceRowInfo(m.ValidFrom, m.Status, m.Source)), today, revisedYearly: true)));
        return tables;
    }

    public static string AgreementName(Agreement agreement) => agreement switch
    {
        Agreement.Idcc1147 => "Personnel des cabinets médicaux : minimum mensuel par positionnement.",
        Agreement.Idcc2264 => "Hospitalisation privée (FHP) : minimum par coefficient ou par niveau.",
        Agreement.Idcc29 => "CCN 51 (FEHAP, privé non lucratif) : coefficient × valeur du point.",
        _ => "Prestataires de services du secteur tertiaire (télésecrétariat) : minimum par coefficient.",
    };

    /// <summary>
    /// The other tables of data/reference: careers.csv (roles, moves, training routes, rates), departements.csv (geography)
    /// and market_figures.csv (published aggregates, which carry a period instead of validity dates).
    /// </summary>
    public static IReadOnlyList<ReferenceTableSummary> DescribeOthers(
        CareerCatalog careers, FrenchGeography geography, MarketFigures figures, DateOnly today)
    {
        var careerRows = careers.Roles.Select(r => new ReferenceRowInfo(default, r.Status, r.Source))
            .Concat(careers.Moves.Select(m => new ReferenceRowInfo(default, m.Status, m.Source)))
            .Concat(careers.Routes.Select(r => new ReferenceRowInfo(default, r.Status, r.Source)))
            .Concat(careers.Values.Select(v => new ReferenceRowInfo(v.ValidFrom ?? default, v.Status, v.Source)))
            .ToList();
        var dated = careers.Values.Where(v => v.ValidFrom is not null).Select(v => v.ValidFrom!.Value).ToList();
        var career = Summary("careers.csv", "Métiers et parcours",
            $"{careers.Roles.Count} métiers, {careers.Moves.Count} mobilités et leurs probabilités a priori, {careers.Routes.Count} formations (durée, financement), taux des indépendants.",
            careerRows, today, revisedYearly: false) with
        {
            From = dated.Count == 0 ? null : dated.Min(),
            AsOf = dated.Count == 0 ? null : dated.Max(),
        };
        var departements = Summary("departements.csv", "Départements et régions",
            "Région de chaque département et codes postaux qui le desservent (code postal → région).",
            geography.Departements.Select(d => new ReferenceRowInfo(default, "sourced", d.Source)), today, revisedYearly: false) with
        {
            From = null,
            AsOf = null,
            Statuses = new Dictionary<string, int>(),
            Period = "régions de 2016",
        };
        var market = Summary("market_figures.csv", "Statistiques de marché publiées",
            "Déciles et moyennes publiés (PCS 542A, sites d'emploi, enquêtes, articles) sur lesquels l'échantillon synthétique est calé.",
            figures.All.Select(f => new ReferenceRowInfo(default, Confidence(f.Confidence), f.Source)), today, revisedYearly: false) with
        {
            From = null,
            AsOf = null,
            Period = Periods(figures.All.Select(f => f.Period).ToList()),
        };
        return [career, departements, market];
    }

    /// <summary>The span of years the periods name (<c>2018–2025</c>), and whether some periods name no year.</summary>
    private static string Periods(IReadOnlyList<string> periods)
    {
        static IEnumerable<int> Years(string period) => System.Text.RegularExpressions.Regex.Matches(period, @"\b(19|20)\d{2}\b")
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));
        var years = periods.SelectMany(Years).ToList();
        var span = years.Count == 0 ? "" : years.Min() == years.Max() ? $"{years.Min()}" : $"{years.Min()}–{years.Max()}";
        var undated = periods.Any(p => !Years(p).Any()); // "undated", "year not stated"
        return (span, undated) switch
        {
            ("", _) => "non datées",
            (_, true) => $"{span} (et non datées)",
            _ => span,
        };
    }

    /// <summary>The first word of a market figure's confidence (<c>medium (…)</c> → <c>medium</c>).</summary>
    private static string Confidence(string confidence) => "confiance " + confidence.Split(' ', 2)[0] switch
    {
        "high" => "élevée",
        "medium" => "moyenne",
        "medium-high" => "assez élevée",
        "low-medium" => "assez faible",
        "low" => "faible",
        var other => other,
    };

    /// <summary>The French words of a row status.</summary>
    public static string StatusLabel(string status) => status switch
    {
        "sourced" => "sourcé",
        "derived" => "dérivé",
        "inferred" => "déduit",
        "assumption" => "hypothèse",
        _ => status,
    };

    private static ReferenceTableSummary Summary(
        string file, string title, string holds, IEnumerable<ReferenceRowInfo> rows, DateOnly today, bool revisedYearly)
    {
        var list = rows.ToList();
        if (list.Count == 0)
            return new ReferenceTableSummary(file, title, holds, 0, default, default, new Dictionary<string, int>(), [], "Table vide.");

        var asOf = list.Max(r => r.ValidFrom);
        var statuses = list.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        var sources = list.GroupBy(r => r.Source).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var warning = revisedYearly && today > asOf.AddYears(1)
            ? $"Dernière valeur connue en vigueur depuis le {FrenchFormat.Date(asOf)} : plus d'un an sans révision trouvée, un texte plus récent peut manquer."
            : null;
        return new ReferenceTableSummary(file, title, holds, list.Count, list.Min(r => r.ValidFrom), asOf, statuses, sources, warning);
    }
}
