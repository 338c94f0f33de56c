using System.Collections.Frozen;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Payroll;

/// <summary>
/// The header of a payroll file mapped to its columns: French or English names in any order, matched by
/// <see cref="TextKey"/>. The FTE may be given as a rate (ETP) or as weekly hours; unknown columns are ignored.
/// </summary>
public sealed class PayrollHeader
{
    /// <summary>The canonical (written) header name of each column.</summary>
    public static readonly IReadOnlyList<string> CanonicalNames =
        ["employee_id", "gender", "job_title", "level", "hire_date", "fte", "weekly_hours", "base_monthly_gross", "annual_bonuses"];

    /// <summary>The French header of each column, written by <see cref="PayrollCsvWriter"/> and shown in messages.</summary>
    public static readonly IReadOnlyList<string> FrenchNames =
        ["Matricule", "Sexe", "Intitulé du poste", "Niveau", "Date d'entrée", "ETP", "Heures hebdo", "Salaire de base brut", "Primes annuelles"];

    private static readonly FrozenDictionary<string, PayrollField> Aliases = BuildAliases();

    private readonly int[] _columnOf;

    private PayrollHeader(IReadOnlyList<string> names, int[] columnOf, IReadOnlyList<string> unknown)
    {
        Names = names;
        _columnOf = columnOf;
        UnknownNames = unknown;
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>Columns that are not part of a payroll file (ignored: a payroll export carries much else).</summary>
    public IReadOnlyList<string> UnknownNames { get; }

    public int ColumnOf(PayrollField field) => _columnOf[(int)field];

    /// <summary>The file's own name of a column (the French name when the file has none).</summary>
    public string NameOf(PayrollField field) =>
        _columnOf[(int)field] is var c and >= 0 ? Names[c].Trim() : FrenchNames[(int)field];

    public static bool TryMap(string header, out PayrollField field) => Aliases.TryGetValue(TextKey.Of(header), out field);

    /// <summary>True when a header row names the identifier and the base salary of a payroll file.</summary>
    public static bool Looks(IEnumerable<string> names)
    {
        var fields = names.Select(n => TryMap(n, out var f) ? f : (PayrollField?)null).ToHashSet();
        return fields.Contains(PayrollField.EmployeeId) && fields.Contains(PayrollField.BaseMonthlyGross);
    }

    /// <summary>Maps a header; throws <see cref="FileRejectedException"/> when it cannot be a payroll file.</summary>
    public static PayrollHeader Map(string fileName, IReadOnlyList<string> names)
    {
        var columnOf = Enumerable.Repeat(-1, CanonicalNames.Count).ToArray();
        var unknown = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i])) continue;
            if (!TryMap(names[i], out var field))
            {
                unknown.Add(names[i].Trim());
                continue;
            }
            if (columnOf[(int)field] >= 0)
                throw new FileRejectedException(fileName,
                    $"Les colonnes '{names[columnOf[(int)field]].Trim()}' et '{names[i].Trim()}' désignent toutes deux " +
                    $"{FrenchNames[(int)field]} : n'en garder qu'une.");
            columnOf[(int)field] = i;
        }
        var missing = new[] { PayrollField.EmployeeId, PayrollField.BaseMonthlyGross }.Where(f => columnOf[(int)f] < 0).ToList();
        if (missing.Count > 0)
            throw new FileRejectedException(fileName,
                "L'en-tête n'a pas " + string.Join(" ni ", missing.Select(f => $"la colonne {FrenchNames[(int)f]} ({CanonicalNames[(int)f]})")) +
                " : ce n'est pas un fichier de paie.");
        if (columnOf[(int)PayrollField.Fte] >= 0 && columnOf[(int)PayrollField.WeeklyHours] >= 0)
            throw new FileRejectedException(fileName, "L'en-tête a à la fois ETP et Heures hebdo : n'en garder qu'une.");
        return new PayrollHeader(names, columnOf, unknown);
    }

    private static FrozenDictionary<string, PayrollField> BuildAliases()
    {
        var aliases = new (PayrollField Field, string[] Names)[]
        {
            (PayrollField.EmployeeId, ["matricule", "identifiant", "id salarié", "n° salarié", "numéro de salarié", "numéro salarié",
                "code salarié", "employee id", "employee number", "employee", "id"]),
            (PayrollField.Gender, ["sexe", "genre", "gender", "sex", "h/f", "f/h"]),
            (PayrollField.JobTitle, ["intitulé du poste", "intitulé", "poste", "emploi", "fonction", "libellé emploi", "job title", "title", "job"]),
            (PayrollField.Level, ["niveau", "catégorie", "categorie", "classification", "coefficient", "positionnement", "échelon conventionnel",
                "level", "category", "grade"]),
            (PayrollField.HireDate, ["date d'entrée", "date d'embauche", "date entrée", "entrée", "embauche",
                "hire date", "start date", "date of hire", "hired"]),
            (PayrollField.Fte, ["etp", "équivalent temps plein", "taux d'activité", "quotité", "quotité de travail", "temps de travail (%)",
                "fte", "full time equivalent"]),
            (PayrollField.WeeklyHours, ["heures hebdo", "heures hebdomadaires", "durée hebdomadaire", "horaire hebdomadaire", "weekly hours", "hours per week"]),
            (PayrollField.BaseMonthlyGross, ["salaire de base brut", "salaire de base", "salaire brut de base", "salaire mensuel brut",
                "salaire brut mensuel", "brut mensuel", "salaire de base mensuel", "base monthly gross", "base salary", "monthly base salary", "base pay"]),
            (PayrollField.AnnualBonuses, ["primes annuelles", "primes", "primes brutes", "primes brutes annuelles", "total primes", "bonus",
                "annual bonuses", "bonuses"]),
        };
        var map = new Dictionary<string, PayrollField>();
        foreach (var (field, names) in aliases)
        {
            map[TextKey.Of(CanonicalNames[(int)field])] = field;
            foreach (var name in names) map[TextKey.Of(name)] = field;
        }
        return map.ToFrozenDictionary();
    }
}
