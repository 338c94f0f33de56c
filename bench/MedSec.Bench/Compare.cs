using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedSec.Bench;

/// <summary>
/// Runs each engine in its own child process (so each peak memory is its own), one after the other in the same run,
/// checks that they computed the same medians, and prints a Markdown report.
/// </summary>
public static class Compare
{
    public static int Run(int rows, int runs, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, $"observations-{rows}.csv"));
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"generating {rows:N0} rows into {path}…");
            BenchFile.Write(path, rows);
        }
        var size = new FileInfo(path).Length;
        var reports = new List<PhaseReport>();
        foreach (var (engine, threads) in new[] { ("medsec", 2), ("duckdb", 2), ("medsec", 1), ("duckdb", 1) })
        {
            Console.Error.WriteLine($"running {engine} ({threads} thread{(threads > 1 ? "s" : "")}), {runs} runs…");
            reports.Add(Child(engine, path, threads, runs));
        }
        Console.WriteLine(Markdown(reports, path, size, rows, runs));
        return 0;
    }

    private static PhaseReport Child(string engine, string path, int threads, int runs)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(Compare).Assembly.Location);
        foreach (var arg in new[] { "phase", engine, path, "--threads", threads.ToString(CultureInfo.InvariantCulture), "--runs", runs.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{engine} child failed ({process.ExitCode})");
        return JsonSerializer.Deserialize<PhaseReport>(output.Trim().Split('\n')[^1], BenchJson.Options)!;
    }

    private static string Markdown(IReadOnlyList<PhaseReport> reports, string path, long size, int rows, int runs)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"File: {Path.GetFileName(path)}, {rows:N0} rows, {size / 1e6:F1} MB; {runs} runs per engine, first run listed apart (JIT, caches).");
        sb.AppendLine(c, $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        sb.AppendLine();
        sb.AppendLine("| engine | first (ms) | best (ms) | median (ms) | rows/s (best) | MB/s (best) | peak RSS (MB) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in reports)
            sb.AppendLine(c, $"| {r.Engine} | {r.First:F0} | {r.Best:F0} | {r.Median:F0} | {rows / r.Best * 1000 / 1e6:F2} M | {size / 1e6 / r.Best * 1000:F0} | {r.PeakMegabytes:F0} |");
        sb.AppendLine();
        foreach (var threads in new[] { 2, 1 })
        {
            var ours = reports.Single(r => r.Engine == $"medsec-{threads}t");
            var duck = reports.Single(r => r.Engine == $"duckdb-{threads}t");
            sb.AppendLine(c, $"- {threads} thread{(threads > 1 ? "s" : "")}: DuckDB best / MedSec best = **{duck.Best / ours.Best:F2}×** (median / median {duck.Median / ours.Median:F2}×; first / first {duck.First / ours.First:F2}×)");
        }
        foreach (var ours in reports.Where(r => r.Engine.StartsWith("medsec", StringComparison.Ordinal)))
        {
            var best = ours.Runs.Skip(1).DefaultIfEmpty(ours.Runs[0]).MinBy(r => r.Milliseconds)!;
            sb.AppendLine();
            var parts = string.Join(", ", best.Breakdown.Select(kv => string.Create(c, $"{kv.Key} {kv.Value:F1}")));
            sb.AppendLine(c, $"{ours.Engine} breakdown of its best run (ms): {parts}");
        }
        var reference = reports[0].Runs[^1].MedianByRegion;
        foreach (var other in reports.Skip(1))
        {
            var b = other.Runs[^1].MedianByRegion.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2, MidpointRounding.AwayFromZero));
            var diff = reference.Keys.Union(b.Keys).Max(k => Math.Abs(reference.GetValueOrDefault(k, -1) - b.GetValueOrDefault(k, -1)));
            sb.AppendLine(c, $"Medians per région, {reports[0].Engine} vs {other.Engine} (rounded to the cent): {reference.Count} vs {b.Count} régions, largest difference {diff:0.00} €.");
        }
        return sb.ToString();
    }
}
