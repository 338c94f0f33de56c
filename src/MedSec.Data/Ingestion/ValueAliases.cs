using System.Runtime.CompilerServices;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>
/// French and English values of the coded columns, matched by <see cref="TextKey"/> ("Privé" → private,
/// "Télésecrétariat" → remote, "Cardiologie" → cardiology). The ASCII codes of DESIGN.md always match. Every map holds
/// the enum's number (one dictionary type for all columns): a reader consults them once per distinct value, and a
/// dictionary type per enum would cost a one-shot import more compilation than the lookups it serves.
/// </summary>
public static class ValueAliases
{
    public static readonly AliasMap<Sector> Sectors = Build(CodeBook.Sectors,
        (Sector.Public, ["public", "publique", "publics", "secteur public", "secteur publique", "fonction publique",
            "fonction publique hospitalière", "FPH", "hôpital public"]),
        // "privé(e)" and "PRIVEE" have the key of "privée" (TextKey drops accents, case and brackets).
        (Sector.Private, ["privé", "privée", "privés", "privées", "private", "secteur privé", "secteur privée", "libéral", "libérale"]),
        (Sector.Remote, ["télésecrétariat", "telesecretariat", "télésecrétaire", "à distance", "remote"]));

    public static readonly AliasMap<EmployerType> Employers = Build(CodeBook.Employers,
        (EmployerType.Cabinet, ["cabinet", "cabinet médical", "cabinet libéral", "cabinet de groupe", "practice"]),
        (EmployerType.Clinique, ["clinique", "clinique privée", "clinic"]),
        (EmployerType.Hopital, ["hôpital", "hopital", "hospital", "hôpital public", "CH", "CHU", "centre hospitalier",
            "centre hospitalier universitaire"]),
        (EmployerType.CentreSante, ["centre de santé", "centre santé", "health centre", "health center", "maison de santé"]),
        (EmployerType.Ehpad, ["EHPAD", "maison de retraite", "nursing home"]),
        (EmployerType.MedicoSocial, ["médico-social", "médico-sociale", "etablissement médico-social", "établissement médico-social",
            "structure médico-sociale", "ESMS"]),
        (EmployerType.Telesecretariat, ["télésecrétariat", "plateforme de télésecrétariat", "telesecretariat"]));

    public static readonly AliasMap<SizeBand> Sizes = Build(CodeBook.Sizes,
        (SizeBand.From1To9, ["1-9", "1 à 9", "1 a 9", "moins de 10", "< 10", "1 to 9"]),
        (SizeBand.From10To49, ["10-49", "10 à 49", "10 a 49", "10 to 49"]),
        (SizeBand.From50To249, ["50-249", "50 à 249", "50 a 249", "50 to 249"]),
        (SizeBand.From250, ["250+", "250 et plus", "250 ou plus", "plus de 250", "250 and more", "250 or more"]));

    public static readonly AliasMap<Specialty> Specialties = Build(CodeBook.Specialties,
        (Specialty.General, ["général", "généraliste", "médecine générale", "general practice", "general"]),
        (Specialty.Cardiology, ["cardiologie", "cardiology"]),
        (Specialty.Paediatrics, ["pédiatrie", "paediatrics", "pediatrics"]),
        (Specialty.Surgery, ["chirurgie", "surgery", "bloc opératoire"]),
        (Specialty.Radiology, ["radiologie", "radiology", "imagerie", "imagerie médicale"]),
        (Specialty.Ophthalmology, ["ophtalmologie", "ophthalmology", "ophtalmo"]),
        (Specialty.Gynaecology, ["gynécologie", "gynaecology", "gynecology", "gynécologie-obstétrique", "obstétrique"]),
        (Specialty.Other, ["autre", "autres", "other", "dermatologie", "neurologie", "ORL", "oncologie", "psychiatrie",
            "gastro-entérologie", "rhumatologie", "urologie", "pneumologie", "néphrologie", "endocrinologie", "dentaire",
            "laboratoire", "médecine du travail"]));

    public static readonly AliasMap<ContractType> Contracts = Build(CodeBook.Contracts,
        (ContractType.Cdi, ["CDI", "contrat à durée indéterminée", "permanent", "titulaire"]),
        (ContractType.Cdd, ["CDD", "contrat à durée déterminée", "fixed-term", "contractuel", "contractuelle"]),
        (ContractType.Interim, ["intérim", "interim", "intérimaire", "travail temporaire", "temporary"]),
        (ContractType.Freelance, ["freelance", "indépendant", "indépendante", "auto-entrepreneur", "auto-entrepreneuse",
            "micro-entrepreneur", "micro-entrepreneuse", "libéral", "libérale"]));

    public static readonly AliasMap<GradeCode> Grades = Build(CodeBook.Grades);

    public static readonly AliasMap<PayBasis> Bases = Build(ObservationCodes.Bases,
        (PayBasis.Monthly, ["mensuel", "mensuelle", "mois", "par mois", "monthly", "month", "per month"]),
        (PayBasis.Annual, ["annuel", "annuelle", "an", "année", "par an", "annual", "yearly", "year", "per year"]),
        (PayBasis.Hourly, ["horaire", "heure", "par heure", "à l'heure", "de l'heure", "l'heure", "taux horaire", "hourly", "hour", "per hour"]));

    public static readonly AliasMap<PayKind> Kinds = Build(ObservationCodes.Kinds,
        (PayKind.Gross, ["brut", "brute", "bruts", "brutes", "en brut", "salaire brut", "gross", "B"]),
        (PayKind.Net, ["net", "nette", "nets", "nettes", "en net", "salaire net", "net avant impôt", "net avant impôts", "N"]));

    /// <summary>What a rejection says a sex column accepts (the codes f and m, and the French H for Homme).</summary>
    public const string GendersExpected = "F, H ou M (Femme, Homme)";

    public static readonly AliasMap<Gender> Genders = Build(ObservationCodes.Genders,
        (Gender.Female, ["F", "femme", "féminin", "féminine", "Mme", "Madame", "Mlle", "Mademoiselle", "female", "woman", "W"]),
        (Gender.Male, ["M", "H", "homme", "masculin", "masculine", "Monsieur", "Mr", "male", "man"]));

    public static readonly AliasMap<bool> Booleans = new(new Dictionary<string, int>
    {
        ["oui"] = 1, ["o"] = 1, ["vrai"] = 1, ["yes"] = 1, ["y"] = 1, ["true"] = 1, ["1"] = 1,
        ["non"] = 0, ["n"] = 0, ["faux"] = 0, ["no"] = 0, ["false"] = 0, ["0"] = 0,
    });

    /// <summary>Région codes, one-digit overseas codes ("1" → "01"), and région names ("Île-de-France", "PACA").</summary>
    public static readonly IReadOnlyDictionary<string, Region> Regions = BuildRegions();

    private static AliasMap<T> Build<T>(CodeMap<T> codes, params (T Value, string[] Names)[] aliases)
        where T : struct, Enum
    {
        var map = new Dictionary<string, int>();
        foreach (var code in codes.AllCodes)
            if (codes.TryParse(code, out var value)) map[TextKey.Of(code)] = Unsafe.BitCast<T, int>(value);
        foreach (var (value, names) in aliases)
            foreach (var name in names) map[TextKey.Of(name)] = Unsafe.BitCast<T, int>(value);
        return new AliasMap<T>(map);
    }

    private static Dictionary<string, Region> BuildRegions()
    {
        var map = new Dictionary<string, Region>();
        foreach (var (code, name) in CodeBook.RegionNames)
        {
            var region = new Region(code);
            map[code] = region;
            map[TextKey.Of(name)] = region;
            if (code[0] == '0') map[code[1..]] = region;
        }
        (string Alias, string Code)[] extra =
        [
            ("IDF", "11"), ("Ile de France", "11"), ("Centre", "24"), ("BFC", "27"), ("HDF", "32"), ("Nord-Pas-de-Calais", "32"),
            ("PACA", "93"), ("Provence-Alpes-Côte d'Azur", "93"), ("Région Sud", "93"), ("Sud", "93"), ("AURA", "84"),
            ("Auvergne Rhône-Alpes", "84"), ("Réunion", "04"), ("La Reunion", "04"),
        ];
        foreach (var (alias, code) in extra) map[TextKey.Of(alias)] = new Region(code);
        return map;
    }
}
