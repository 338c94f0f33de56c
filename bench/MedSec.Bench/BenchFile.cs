using System.Text;
using MedSec.Data.Geography;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Bench;

/// <summary>
/// The benchmark input: N valid observations written as a French office's spreadsheet writes them (<c>;</c>, French
/// headers and values, dd/mm/yyyy, decimal comma, UTF-8), all 20 columns, gross amounts with every pay basis,
/// 13th months and part time, from a fixed seed. A département, when there is one, lies in the row's région (the reader
/// checks it against data/reference/departements.csv).
/// </summary>
public static class BenchFile
{
    private static readonly string[] Regions = [.. RegionIndex.Codes];
    private static readonly string[] Titles =
        ["Secrétaire médicale", "Secrétaire médical", "Assistante médicale", "Secrétaire médico-sociale",
         "Télésecrétaire", "Assistante médico-administrative", "Secrétaire d'accueil", "Secrétaire de bloc"];
    private static readonly string[] Departements = ["01", "07", "13", "2A", "31", "33", "35", "38", "59", "67", "69", "75", "92", "974"];

    public static void Write(string path, int rows, int seed = 1147)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
        using var stream = File.Create(path);
        ObservationCsvWriter.Write(stream, Generate(rows, seed), ObservationCsvStyle.French, new UTF8Encoding(false), "\n");
    }

    /// <summary>The columns of the narrow variant: those DuckDB's query reads, plus the date and the sector that every
    /// observation needs.</summary>
    public static readonly string[] NarrowColumns = ["Date", "Secteur", "Région", "Salaire", "Base", "Mois payés", "Heures hebdo"];

    /// <summary>The same observations with only <see cref="NarrowColumns"/> (the other columns are optional).</summary>
    public static void WriteNarrow(string path, int rows, int seed = 1147)
    {
        var full = path + ".full";
        Write(full, rows, seed);
        using (var reader = new StreamReader(full, new UTF8Encoding(false)))
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            var header = reader.ReadLine()!.Split(';');
            var keep = NarrowColumns.Select(c => Array.IndexOf(header, c)).ToArray();
            if (keep.Contains(-1)) throw new InvalidOperationException("bench file without a narrow column");
            writer.NewLine = "\n";
            writer.WriteLine(string.Join(';', NarrowColumns));
            while (reader.ReadLine() is { } line)
            {
                // The generator writes no quotes, so a line is a record and ';' always separates fields.
                var fields = line.Split(';');
                writer.WriteLine(string.Join(';', keep.Select(k => fields[k])));
            }
        }
        File.Delete(full);
    }

    public static IEnumerable<Observation> Generate(int rows, int seed)
    {
        var rnd = new Random(seed);
        var geography = FrenchGeography.LoadDefault();
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var departement = rnd.Next(4) == 0 ? null : Departements[rnd.Next(Departements.Length)];
            var region = departement is null ? new Region(Regions[rnd.Next(Regions.Length)])
                : geography.TryGetDepartement(departement, out var info) ? info.Region
                : throw new InvalidOperationException($"bench département {departement} is not in departements.csv");
            var sector = Pick(rnd, [(Sector.Private, 60), (Sector.Public, 30), (Sector.Remote, 10)]);
            var basis = Pick(rnd, [(PayBasis.Monthly, 80), (PayBasis.Annual, 10), (PayBasis.Hourly, 10)]);
            var months = rnd.Next(10) < 3 ? 13m : 12m;
            decimal? hours = rnd.Next(10) < 8 ? 35m : Pick(rnd, [(17.5m, 1), (24m, 1), (28m, 1), (30m, 1)]);
            var monthly = 1850m + rnd.Next(0, 135_000) / 100m;
            var amount = basis switch
            {
                PayBasis.Hourly => 11.88m + rnd.Next(0, 900) / 100m,
                PayBasis.Annual => Math.Round(monthly * months * (hours ?? 35m) / 35m, 0),
                _ => Math.Round(monthly * (hours ?? 35m) / 35m, 2),
            };
            GradeCode? grade = sector == Sector.Public && rnd.Next(2) == 0 ? (GradeCode)rnd.Next(6) : null;
            yield return new Observation(
                start.AddDays(rnd.Next(0, 700)), "bench", sector,
                Optional(rnd, (EmployerType)rnd.Next(7)), Optional(rnd, (SizeBand)rnd.Next(4)),
                region, departement,
                rnd.Next(5) == 0 ? null : rnd.Next(0, 300) / 10m, Optional(rnd, (Specialty)rnd.Next(8)),
                Titles[rnd.Next(Titles.Length)], grade, grade is null ? null : rnd.Next(1, 12),
                Optional(rnd, (ContractType)rnd.Next(4)), hours, amount, basis, months, PayKind.Gross,
                Optional(rnd, (Gender)rnd.Next(2)), Synthetic: true);
        }
    }

    private static T? Optional<T>(Random rnd, T value) where T : struct => rnd.Next(8) == 0 ? null : value;

    private static T Pick<T>(Random rnd, (T Value, int Weight)[] choices)
    {
        var roll = rnd.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }
}
