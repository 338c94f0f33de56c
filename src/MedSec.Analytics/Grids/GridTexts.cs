using System.Globalization;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Grids;

/// <summary>The French sentences of a designed grid (warnings and notes), one place for all of them.</summary>
internal static class GridTexts
{
    public static string AgreementAssumed(Agreement agreement, EmployerType employer) =>
        $"Convention collective non indiquée : IDCC {CodeBook.Agreements.ToCode(agreement)}, la convention usuelle des employeurs « {CodeBook.Employers.ToCode(employer)} », est appliquée.";

    public static string NoAgreement(EmployerType employer) =>
        $"Aucune convention collective indiquée ni usuelle pour « {CodeBook.Employers.ToCode(employer)} » : seul le SMIC sert de plancher.";

    public static string AddOnsInSteps(Agreement agreement) =>
        $"Planchers par échelon : le minimum de la convention {CodeBook.Agreements.ToCode(agreement)} y est majoré de ses éléments " +
        "complémentaires d'expérience et d'ancienneté pour les années de l'échelon (mêmes années comptées pour les deux ; " +
        "compétences non comprises).";

    public const string Synthetic =
        "Niveaux de marché calculés sur des observations synthétiques (échantillon généré fourni avec MedSec) : un ordre de grandeur, pas une mesure du marché.";

    /// <summary>
    /// Real and synthetic observations mixed in the market figures: the share is said (a grid a quarter synthetic once said
    /// nothing, where only a majority was labelled), never rounded to all nor to none.
    /// </summary>
    public static string PartlySynthetic(int synthetic, int all)
    {
        var percent = Math.Round(100m * synthetic / all, 0, MidpointRounding.AwayFromZero);
        var share = percent switch
        {
            100m => "plus de 99 %",
            0m => "moins de 1 %",
            _ => $"{percent:0} %",
        };
        return $"Niveaux de marché calculés en partie sur des observations synthétiques ({share} des observations des cellules utilisées, "
            + "échantillon généré fourni avec MedSec) : le reste vient des fichiers importés.";
    }

    public static string OldMarket(DateOnly newest, DateOnly date) =>
        $"Grille au {date:yyyy-MM-dd}, mais les observations de marché s'arrêtent au {newest:yyyy-MM-dd} : le marché a pu évoluer depuis, et les planchers (à jour) relèvent les niveaux les plus bas.";

    public static string Widened(int years, int? toYears, string scope, int n) =>
        $"Ancienneté {Range(years, toYears)} : moins de k observations pour la région et le type d'employeur ; marché {ScopeLabel(scope)} utilisé (n = {n}).";

    public static string NoMarket(int years, int? toYears, int k) =>
        $"Ancienneté {Range(years, toYears)} : aucune cellule de marché d'au moins {k} observations ; la grille y suit le plancher et l'échelon précédent.";

    public static string GapFromAgreement(Agreement agreement, decimal gap, decimal hierarchy) =>
        gap == hierarchy
            ? $"Écart entre niveaux de {Percent(gap)} % : la hiérarchie moyenne des minima de la convention {CodeBook.Agreements.ToCode(agreement)} entre ses niveaux de secrétaire."
            : $"Écart entre niveaux de {Percent(gap)} % (choix de conception par défaut) : la hiérarchie des minima de la convention {CodeBook.Agreements.ToCode(agreement)} ({Percent(hierarchy)} %) est plus serrée.";

    public static string DefaultGap(decimal gap) =>
        $"Écart entre niveaux de {Percent(gap)} % : choix de conception par défaut (modifiable), la convention n'ayant pas plusieurs niveaux de secrétaire.";

    public static string GivenGap(decimal gap) => $"Écart entre niveaux de {Percent(gap)} % (indiqué par l'utilisateur).";

    /// <summary>Said by the CLI, the API and the pages alike: each face's list of payrolls is named (a page once sent its reader to the command line).</summary>
    public static string PayrollNotFound(long id) =>
        $"Import de paie {id} introuvable : il a pu être supprimé (paies importées : page Grille salariale, GET /api/imports ou medsec payroll list).";

    public static string ScopeLabel(string scope) => scope switch
    {
        MarketLevel.RegionEmployer => "de la région pour ce type d'employeur",
        MarketLevel.RegionOnly => "de la région, tous employeurs",
        MarketLevel.EmployerOnly => "national pour ce type d'employeur",
        MarketLevel.National => "national, tous employeurs",
        _ => "indisponible",
    };

    public static string Range(int years, int? toYears) => toYears is { } to ? $"{years}–{to - 1} ans" : $"{years} ans et plus";

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
