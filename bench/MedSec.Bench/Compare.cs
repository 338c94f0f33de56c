using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedSec.Bench;

/// <summary>
/// Runs the engines in rounds, each engine in its own child process (so each peak memory is its own) doing one cold run
/// and one warm run (and, with <c>steady</c> &gt; 0, that many more, whose median is the process's steady state); the
/// engines alternate within a round so they meet the same load on a shared machine. Checks that they computed the same
/// medians and prints a Markdown report.
/// </summary>
public static class Compare
{
    public static int Run(int rows, int rounds, string directory, bool narrow = false, bool aot = true, int steady = 0)
    {
        Directory.CreateDirectory(directory);
        // Each engine: its name in the report, the phase its child runs, and the executable (this one, or the AOT build).
        var self = Environment.ProcessPath!;
        var aotEngine = aot ? AotEngine.Publish(directory) : null;
        (string Engine, string Phase, string Executable)[] kinds = aotEngine is null
            ? [("medsec", "medsec", self), ("duckdb", "duckdb", self)]
            : [("medsec", "medsec", self), ("duckdb", "duckdb", self), ("medsec-aot", "medsec", aotEngine)];
        var engines = new[] { 2, 1 }.SelectMany(threads => kinds.Select(k => (k.Engine, k.Phase, k.Executable, Threads: threads))).ToArray();
        var path = Path.GetFullPath(Path.Combine(directory, narrow ? $"observations-narrow-{rows}.csv" : $"observations-{rows}.csv"));
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"generating {rows:N0} rows into {path}…");
            if (narrow) BenchFile.WriteNarrow(path, rows);
            else BenchFile.Write(path, rows);
        }
        var size = new FileInfo(path).Length;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        var reports = engines.ToDictionary(e => $"{e.Engine}-{e.Threads}t", _ => new List<PhaseReport>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (engine, phase, executable, threads) in engines)
            {
                var report = Child(executable, phase, path, threads, 2 + steady);
                reports[$"{engine}-{threads}t"].Add(report);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: {report.Engine} cold {Cold(report):F0} ms, warm {Warm(report):F0} ms"));
            }
        }
        var loadAfter = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        Console.WriteLine(Markdown(reports, path, size, rows, rounds, load, loadAfter, steady));
        return 0;
    }

    private static PhaseReport Child(string executable, string phase, string path, int threads, int runs)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(executable) == "dotnet") start.ArgumentList.Add(typeof(Compare).Assembly.Location);
        foreach (var arg in new[] { "phase", phase, path, "--threads", threads.ToString(CultureInfo.InvariantCulture), "--runs", runs.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{executable} phase {phase} failed ({process.ExitCode})");
        return JsonSerializer.Deserialize(output.Trim().Split('\n')[^1], PhaseJson.Default.PhaseReport)!;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>A process's steady state: the median of its runs after the second.</summary>
    private static double Steady(PhaseReport report) => Median(report.Runs.Skip(2).Select(r => r.Milliseconds));

    /// <summary>The CPU's model name (the host's speed varies between machines: read the DuckDB ratio beside the rows/s).</summary>
    private static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)
                is [_, var name] ? name.Trim() : "CPU unknown";
        }
        catch (IOException)
        {
            return "CPU unknown";
        }
    }

    /// <summary>The ingestion issue's throughput target, in millions of rows per second.</summary>
    private const double TargetMillionRowsPerSecond = 5;

    /// <summary>Millions of rows per second for a run of <paramref name="milliseconds"/>.</summary>
    private static double MillionRowsPerSecond(int rows, double milliseconds) => rows / milliseconds * 1000 / 1e6;

    /// <summary>DuckDB time / MedSec time of each round, for one measure of a process (its cold run, warm run, steady state).</summary>
    private static double[] Ratios(List<PhaseReport> ours, List<PhaseReport> duck, Func<PhaseReport, double> time) =>
        [.. ours.Zip(duck, (o, d) => time(d) / time(o))];

    private static double Cold(PhaseReport report) => report.Runs[0].Milliseconds;

    private static double Warm(PhaseReport report) => report.Runs[1].Milliseconds;

    /// <summary>The ingestion issue's two targets for the engine the CLI runs (medsec, 2 threads), as measured in this run.</summary>
    private static string Targets(Dictionary<string, List<PhaseReport>> reports, int rows, int steady)
    {
        var c = CultureInfo.InvariantCulture;
        var ours = reports["medsec-2t"];
        var warm = MillionRowsPerSecond(rows, Median(ours.Select(Warm)));
        var ratio = Median(Ratios(ours, reports["duckdb-2t"], Warm));
        var steadyRate = steady > 0 ? string.Create(c, $", steady median {MillionRowsPerSecond(rows, Median(ours.Select(Steady))):F2} M") : "";
        return string.Create(c,
            $"Targets (medsec, 2 threads, warm medians): ≥ {TargetMillionRowsPerSecond} M rows/s — **{(warm >= TargetMillionRowsPerSecond ? "met" : "not met")}** ({warm:F2} M{steadyRate}); faster than DuckDB — **{(ratio > 1 ? "met" : "not met")}** ({ratio:F2}×).");
    }

    private static string Markdown(Dictionary<string, List<PhaseReport>> reports, string path, long size, int rows, int rounds,
        string load, string loadAfter, int steady)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"File: {Path.GetFileName(path)}, {rows:N0} rows, {size / 1e6:F1} MB. {rounds} rounds; in each round every engine runs in a fresh process, once cold (first run: JIT — none for medsec-aot —, fresh memory) then once warm.");
        sb.AppendLine(c, $"Machine: {Environment.ProcessorCount} cores ({CpuModel()}), .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; /proc/loadavg before: {load}; after: {loadAfter}.");
        sb.AppendLine();
        sb.AppendLine("| engine | cold median (ms) | warm best (ms) | warm median (ms) | rows/s (warm median) | MB/s (warm median) | peak RSS (MB) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (engine, list) in reports)
        {
            var warm = list.Select(Warm).ToArray();
            var median = Median(warm);
            sb.AppendLine(c, $"| {engine} | {Median(list.Select(Cold)):F0} | {warm.Min():F0} | {median:F0} | {MillionRowsPerSecond(rows, median):F2} M | {size / 1e6 / median * 1000:F0} | {list.Max(r => r.PeakMegabytes):F0} |");
        }
        if (steady > 0)
        {
            sb.AppendLine();
            sb.AppendLine(c, $"Steady state: in each process, the median of runs 3–{2 + steady} (after the cold and the warm run); the table gives the median of those over the rounds.");
            sb.AppendLine();
            sb.AppendLine("| engine | steady median (ms) | rows/s (steady median) |");
            sb.AppendLine("|---|---:|---:|");
            foreach (var (engine, list) in reports)
            {
                var median = Median(list.Select(Steady));
                sb.AppendLine(c, $"| {engine} | {median:F0} | {MillionRowsPerSecond(rows, median):F2} M |");
            }
        }
        sb.AppendLine();
        sb.AppendLine(Targets(reports, rows, steady));
        sb.AppendLine();
        foreach (var threads in new[] { 2, 1 })
        {
            foreach (var variant in new[] { "medsec", "medsec-aot" })
            {
                if (!reports.TryGetValue($"{variant}-{threads}t", out var ours)) continue;
                var duck = reports[$"duckdb-{threads}t"];
                var perRound = Ratios(ours, duck, Warm);
                var perRoundCold = Ratios(ours, duck, Cold);
                var steadyRatio = steady > 0 ? string.Create(c, $"; steady: **{Median(Ratios(ours, duck, Steady)):F2}×**") : "";
                sb.AppendLine(c, $"- {threads} thread{(threads > 1 ? "s" : "")}, {variant}: DuckDB time / MedSec time, warm, median of the per-round ratios = **{Median(perRound):F2}×** (per round: {string.Join(", ", perRound.Select(r => r.ToString("F2", c)))}); cold: **{Median(perRoundCold):F2}×** (per round: {string.Join(", ", perRoundCold.Select(r => r.ToString("F2", c)))}){steadyRatio}");
            }
        }
        foreach (var engine in reports.Keys.Where(k => k.StartsWith("medsec", StringComparison.Ordinal)))
        {
            var best = reports[engine].Select(r => r.Runs[1]).MinBy(r => r.Milliseconds)!;
            var parts = string.Join(", ", best.Breakdown.Select(kv => string.Create(c, $"{kv.Key} {kv.Value:F1}")));
            sb.AppendLine();
            sb.AppendLine(c, $"{engine}, best warm run (ms): {parts}");
        }
        sb.AppendLine();
        var reference = reports["medsec-2t"][^1].Runs[^1].MedianByRegion;
        foreach (var (engine, list) in reports.Skip(1))
        {
            var b = list[^1].Runs[^1].MedianByRegion.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2, MidpointRounding.AwayFromZero));
            var diff = reference.Keys.Union(b.Keys).Max(k => Math.Abs(reference.GetValueOrDefault(k, -1) - b.GetValueOrDefault(k, -1)));
            sb.AppendLine(c, $"- Medians per région, medsec-2t vs {engine} (rounded to the cent): {reference.Count} vs {b.Count} régions, largest difference {diff:0.00} €.");
        }
        return sb.ToString();
    }
}
