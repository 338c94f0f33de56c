using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>
/// The header of an observation file mapped to the columns of the schema: French or English aliases, any order;
/// unknown columns are kept aside, a column with no name among named ones too (as "Colonne N", N its position: its values
/// are data the file holds); empty names after the last named column (trailing separators) are ignored.
/// </summary>
public sealed class ObservationHeader
{
    private readonly int[] _columnOf;

    private ObservationHeader(IReadOnlyList<string> names, int[] columnOf, IReadOnlyList<int> unknown)
    {
        Names = names;
        _columnOf = columnOf;
        UnknownColumns = unknown;
        UnknownNames = UniqueNames(unknown.Select(i => NameAt(names, i)));
        (PayKindStated, PayBasisStated) = HeaderAliases.PayWordsOf(names[columnOf[(int)ObservationField.PayAmount]]);
    }

    /// <summary>The kind the pay column's header names ("Salaire net"), or null (<see cref="HeaderAliases.PayWordsOf"/>).</summary>
    public PayKind? PayKindStated { get; }

    /// <summary>The basis the pay column's header names ("Salaire brut mensuel"), or null.</summary>
    public PayBasis? PayBasisStated { get; }

    /// <summary>The header names as written in the file.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Indexes of the columns that are not part of the schema (their values are kept aside).</summary>
    public IReadOnlyList<int> UnknownColumns { get; }

    /// <summary>The names of the unknown columns, made unique.</summary>
    public IReadOnlyList<string> UnknownNames { get; }

    /// <summary>The index of the column of <paramref name="field"/>, or -1 when the file has none.</summary>
    public int ColumnOf(ObservationField field) => _columnOf[(int)field];

    /// <summary>The file's own header name of <paramref name="field"/> (the French name when the file has none).</summary>
    public string NameOf(ObservationField field)
    {
        var column = _columnOf[(int)field];
        return column >= 0 ? Names[column].Trim() : HeaderAliases.FrenchNames[(int)field];
    }

    /// <summary>Maps a header; throws <see cref="FileRejectedException"/> when the file cannot be an observation file.</summary>
    public static ObservationHeader Map(string fileName, IReadOnlyList<string> names)
    {
        var fieldCount = Enum.GetValues<ObservationField>().Length;
        var columnOf = Enumerable.Repeat(-1, fieldCount).ToArray();
        var unknown = new List<int>();
        var lastNamed = names.Count - 1;
        while (lastNamed >= 0 && string.IsNullOrWhiteSpace(names[lastNamed])) lastNamed--;
        for (var i = 0; i <= lastNamed; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]) || !HeaderAliases.TryMap(names[i], out var field))
            {
                unknown.Add(i);
                continue;
            }
            if (columnOf[(int)field] >= 0)
                throw new FileRejectedException(fileName,
                    $"Les colonnes '{names[columnOf[(int)field]].Trim()}' et '{names[i].Trim()}' désignent toutes deux " +
                    $"{HeaderAliases.CanonicalNames[(int)field]} : n'en garder qu'une.");
            columnOf[(int)field] = i;
        }
        if (columnOf.All(c => c < 0))
            throw new FileRejectedException(fileName,
                "En-tête non reconnu : la première ligne ne contient aucune des colonnes d'observation " +
                "(Date, Secteur, Région, Salaire… ou date, sector, region, pay_amount…).");
        var missing = HeaderAliases.Required.Where(f => columnOf[(int)f] < 0).ToList();
        if (missing.Count > 0)
            throw new FileRejectedException(fileName,
                (missing.Count > 1 ? "Il manque à l'en-tête les colonnes obligatoires " : "Il manque à l'en-tête la colonne obligatoire ") +
                string.Join(", ", missing.Select(f => $"{HeaderAliases.FrenchNames[(int)f]} ({HeaderAliases.CanonicalNames[(int)f]})")) + ".");
        return new ObservationHeader(names, columnOf, unknown);
    }

    /// <summary>A column's name as written, or "Colonne N" (N from 1) when it has none.</summary>
    private static string NameAt(IReadOnlyList<string> names, int index) =>
        string.IsNullOrWhiteSpace(names[index]) ? $"Colonne {index + 1}" : names[index].Trim();

    private static string[] UniqueNames(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var name in names)
        {
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++) unique = $"{name} ({n})";
            result.Add(unique);
        }
        return [.. result];
    }
}
