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
        foreach (var (engine, threads) in new[] { ("medsec", 1), ("duckdb", 2), ("duckdb", 1) })
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
        var medsec = reports[0];
        var sb = new StringBuilder();
        sb.AppendLine(c, $"File: {Path.GetFileName(path)}, {rows:N0} rows, {size / 1e6:F1} MB; {runs} runs per engine, first run listed apart (JIT, caches).");
        sb.AppendLine(c, $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        sb.AppendLine();
        sb.AppendLine("| engine | first (ms) | best (ms) | median (ms) | rows/s (best) | MB/s (best) | peak RSS (MB) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in reports)
            sb.AppendLine(c, $"| {r.Engine} | {r.First:F0} | {r.Best:F0} | {r.Median:F0} | {rows / r.Best * 1000 / 1e6:F2} M | {size / 1e6 / r.Best * 1000:F0} | {r.PeakMegabytes:F0} |");
        sb.AppendLine();
        foreach (var duck in reports.Skip(1))
            sb.AppendLine(c, $"- {duck.Engine} best / medsec best = **{duck.Best / medsec.Best:F2}×** (median / median {duck.Median / medsec.Median:F2}×)");
        var best = medsec.Runs.Skip(1).DefaultIfEmpty(medsec.Runs[0]).MinBy(r => r.Milliseconds)!;
        sb.AppendLine();
        sb.AppendLine("MedSec breakdown of its best run (ms): " + string.Join(", ",
            best.Breakdown.Select(kv => string.Create(c, $"{kv.Key} {kv.Value:F1}"))));
        foreach (var duck in reports.Skip(1))
        {
            var a = best.MedianByRegion;
            var b = duck.Runs[^1].MedianByRegion;
            var diff = a.Keys.Union(b.Keys).Max(k => Math.Abs(a.GetValueOrDefault(k, -1) - b.GetValueOrDefault(k, -1)));
            sb.AppendLine(c, $"Medians per région, MedSec vs {duck.Engine}: {a.Count} vs {b.Count} régions, largest difference {diff:0.####} €.");
        }
        return sb.ToString();
    }
}
