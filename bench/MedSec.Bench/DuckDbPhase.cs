using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace MedSec.Bench;

/// <summary>
/// DuckDB (DuckDB.NET <c>read_csv</c>) on the same file, computing the same thing: the full-time monthly gross of each
/// row with the same formulas, rounded to the cent, then <c>quantile_cont(…, 0.5)</c> (type 7) per région.
/// </summary>
public static class DuckDbPhase
{
    public static string Sql(string path) => $"""
        SELECT "Région" AS region,
               quantile_cont(round(CASE "Base"
                   WHEN 'Horaire' THEN "Salaire" * 151.67 * "Mois payés" / 12
                   WHEN 'Annuel' THEN "Salaire" * 35 / (12 * coalesce("Heures hebdo", 35))
                   ELSE "Salaire" * "Mois payés" * 35 / (12 * coalesce("Heures hebdo", 35)) END, 2), 0.5) AS median
        FROM read_csv('{path.Replace("'", "''")}', delim = ';', header = true, decimal_separator = ',',
                      dateformat = '%d/%m/%Y', all_varchar = false,
                      types = {"{"}'Région': 'VARCHAR', 'Salaire': 'DECIMAL(18,2)', 'Heures hebdo': 'DECIMAL(6,2)', 'Mois payés': 'DECIMAL(6,2)'{"}"})
        GROUP BY 1 ORDER BY 1
        """;

    public static PhaseRun Run(string path, int threads)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var set = connection.CreateCommand())
        {
            set.CommandText = $"SET threads = {threads}";
            set.ExecuteNonQuery();
        }
        var watch = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = Sql(path);
        var medians = new Dictionary<string, decimal>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                medians[reader.GetString(0)] = Convert.ToDecimal(reader.GetValue(1), CultureInfo.InvariantCulture);
        }
        var elapsed = watch.Elapsed.TotalMilliseconds;
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM read_csv('{path.Replace("'", "''")}', delim = ';', header = true)";
        var rows = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new PhaseRun($"duckdb-{threads}t", rows, elapsed, new Dictionary<string, double>(), medians);
    }
}
