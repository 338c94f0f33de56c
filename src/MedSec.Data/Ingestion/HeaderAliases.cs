using System.Collections.Frozen;
using MedSec.Domain.Observations;

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

    /// <summary>
    /// Pay headers that name the pay's kind or basis (export headers). The kind or basis they state is that of a record whose
    /// Brut/Net or Base column is empty or absent, and a record whose column says otherwise is rejected naming both: read as
    /// the defaults (gross, monthly), a "Salaire net" column without a Brut/Net column would be taken for gross.
    /// </summary>
    private static readonly (string Name, PayKind? Kind, PayBasis? Basis)[] PayHeaderWords =
    [
        ("salaire brut", PayKind.Gross, null), ("rémunération brute", PayKind.Gross, null),
        ("salaire brut mensuel", PayKind.Gross, PayBasis.Monthly), ("salaire mensuel brut", PayKind.Gross, PayBasis.Monthly),
        ("brut mensuel", PayKind.Gross, PayBasis.Monthly), ("rémunération brute mensuelle", PayKind.Gross, PayBasis.Monthly),
        ("rémunération mensuelle brute", PayKind.Gross, PayBasis.Monthly),
        ("salaire net", PayKind.Net, null), ("rémunération nette", PayKind.Net, null), ("salaire net avant impôt", PayKind.Net, null),
        ("salaire net mensuel", PayKind.Net, PayBasis.Monthly), ("salaire mensuel net", PayKind.Net, PayBasis.Monthly),
        ("net mensuel", PayKind.Net, PayBasis.Monthly), ("rémunération nette mensuelle", PayKind.Net, PayBasis.Monthly),
        ("rémunération mensuelle nette", PayKind.Net, PayBasis.Monthly),
        ("salaire mensuel", null, PayBasis.Monthly), ("rémunération mensuelle", null, PayBasis.Monthly),
    ];

    private static readonly FrozenDictionary<string, (PayKind? Kind, PayBasis? Basis)> PayHeaderMap =
        PayHeaderWords.ToFrozenDictionary(h => TextKey.Of(h.Name), h => (h.Kind, h.Basis));

    private static readonly FrozenDictionary<string, ObservationField> Map = Build();

    /// <summary>The kind and the basis a pay column's header states (nulls when it names neither).</summary>
    public static (PayKind? Kind, PayBasis? Basis) PayWordsOf(string header) =>
        PayHeaderMap.TryGetValue(TextKey.Of(header), out var words) ? words : (null, null);

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
            // A pay header that names its kind or basis ("Salaire net mensuel") is in PayHeaderWords, which says what it states.
            (ObservationField.PayAmount, ["salaire", "rémunération", "montant", "salary", "pay", "pay amount", "amount",
                .. PayHeaderWords.Select(h => h.Name)]),
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
