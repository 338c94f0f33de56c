using System.Collections.Frozen;

namespace MedSec.Data.Ingestion;

/// <summary>French and English header names of each observation column, matched by <see cref="TextKey"/>.</summary>
public static class HeaderAliases
{
    /// <summary>The canonical (written) header name of each column.</summary>
    public static readonly IReadOnlyList<string> CanonicalNames =
    [
        "date", "source", "sector", "employer_type", "size_band", "region", "departement", "experience_years", "specialty",
        "job_title", "grade", "echelon", "contract", "weekly_hours", "pay_amount", "pay_basis", "months_paid",
        "gross_or_net", "gender", "synthetic",
    ];

    /// <summary>The columns without which a file is not an observation file.</summary>
    public static readonly IReadOnlyList<ObservationField> Required =
        [ObservationField.Date, ObservationField.Sector, ObservationField.Region, ObservationField.PayAmount];

    /// <summary>The French header shown in messages for each column.</summary>
    public static readonly IReadOnlyList<string> FrenchNames =
    [
        "Date", "Source", "Secteur", "Type d'employeur", "Taille", "Région", "Département", "Expérience", "Spécialité",
        "Intitulé du poste", "Grade", "Échelon", "Contrat", "Heures hebdo", "Salaire", "Base", "Mois payés", "Brut/Net",
        "Sexe", "Synthétique",
    ];

    private static readonly FrozenDictionary<string, ObservationField> Map = Build();

    public static bool TryMap(string header, out ObservationField field) => Map.TryGetValue(TextKey.Of(header), out field);

    private static FrozenDictionary<string, ObservationField> Build()
    {
        var aliases = new (ObservationField Field, string[] Names)[]
        {
            (ObservationField.Date, ["date", "date d'observation", "observation date", "date de paie", "date du salaire"]),
            (ObservationField.Source, ["source", "origine", "provenance"]),
            (ObservationField.Sector, ["secteur", "sector", "secteur de rémunération"]),
            (ObservationField.EmployerType, ["type d'employeur", "type employeur", "employeur", "employer type", "employer",
                "type de structure", "structure", "établissement", "type d'établissement"]),
            (ObservationField.SizeBand, ["taille", "taille employeur", "taille de l'employeur", "taille de l'entreprise",
                "effectif", "tranche d'effectif", "size", "size band", "employer size"]),
            (ObservationField.Region, ["région", "region", "code région", "région insee", "region code"]),
            (ObservationField.Departement, ["département", "departement", "department", "dept", "dép", "code département"]),
            (ObservationField.ExperienceYears, ["expérience", "experience", "expérience (années)", "années d'expérience",
                "ancienneté", "experience years", "years of experience", "years experience"]),
            (ObservationField.Specialty, ["spécialité", "specialite", "specialty", "speciality", "spécialité médicale"]),
            (ObservationField.JobTitle, ["intitulé du poste", "intitulé", "poste", "libellé du poste", "job title", "title"]),
            (ObservationField.Grade, ["grade"]),
            (ObservationField.Echelon, ["échelon", "echelon"]),
            (ObservationField.Contract, ["contrat", "type de contrat", "contract", "contract type"]),
            (ObservationField.WeeklyHours, ["heures hebdo", "heures hebdomadaires", "durée hebdomadaire", "heures",
                "temps de travail", "weekly hours", "hours per week"]),
            // A gross monthly pay's own names (export headers): they agree with the defaults of an empty Brut/Net (gross) and Base
            // (monthly). "Salaire net…" is no alias: without a Brut/Net column its amounts would be read as gross.
            (ObservationField.PayAmount, ["salaire", "rémunération", "montant", "salaire brut", "salaire brut mensuel",
                "salaire mensuel brut", "brut mensuel", "salary", "pay", "pay amount", "amount"]),
            (ObservationField.PayBasis, ["base", "base de salaire", "base de rémunération", "périodicité", "pay basis", "basis"]),
            (ObservationField.MonthsPaid, ["mois payés", "nombre de mois", "nb mois", "mois", "months paid", "months"]),
            (ObservationField.GrossOrNet, ["brut/net", "brut ou net", "type de salaire", "gross/net", "gross or net", "pay kind"]),
            (ObservationField.Gender, ["sexe", "genre", "gender", "sex"]),
            (ObservationField.Synthetic, ["synthétique", "synthetique", "donnée synthétique", "synthetic"]),
        };
        var map = new Dictionary<string, ObservationField>();
        foreach (var (field, names) in aliases)
        {
            map[TextKey.Of(CanonicalNames[(int)field])] = field;
            foreach (var name in names) map[TextKey.Of(name)] = field;
        }
        return map.ToFrozenDictionary();
    }
}
