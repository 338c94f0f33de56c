using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedSec.Analytics;
using MedSec.Analytics.Estimation;
using MedSec.Analytics.Estimation.Model;
using MedSec.Analytics.Imports;
using MedSec.Analytics.Sample;
using MedSec.Data.Ingestion;
using MedSec.Data.Sample;
using MedSec.Domain.Codes;

namespace MedSec.Bench;

/// <summary>
/// The pay model's benchmark: training time on N observations drawn by the sample generator (the bundled sample's
/// parameters, another seed), and the latency of single in-process estimates (with and without explanation) on that model.
/// Wall-clock and process CPU time are both reported: on a shared machine the wall clock includes waiting for a core
/// (with a load of 10 on 2 cores, an estimate that needs 0.1 ms of CPU takes about 1 ms of wall clock).
/// </summary>
public static class ModelBench
{
    public static int Run(int rows, int runs, int estimates)
    {
        var loadBefore = LoadAverage();
        var services = MedSecServices.LoadDefault();
        var generator = new SampleGenerator(services.Pay, SampleParameters.LoadDefault(), MarketFigures.LoadDefault());
        using var csv = new MemoryStream();
        ObservationCsvWriter.Write(csv, generator.Generate(seed: 2026, rows));
        var ingested = ObservationPipeline.Run("bench.csv", csv.ToArray(), new PayServiceLookups(services.Pay));
        var set = TrainingSet.From([.. ingested.Observations.Rows]);
        var options = TrainingOptions.Default;
        var split = set.Split(options);
        Console.Error.WriteLine($"model bench: {set.Count} observations, train {split.Train.Count}, calibrate {split.Calibration.Count}");

        var trainings = new List<TrainingRun>();
        PayModel? model = null;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var phases = new List<string>();
            model = PayModelTrainer.Train(set, split, options, p => phases.Add($"{clock.Elapsed.TotalSeconds:F2} s {p}"));
            var run = new TrainingRun(Math.Round(clock.Elapsed.TotalSeconds, 2),
                Math.Round((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, 2), phases);
            trainings.Add(run);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  training run {i + 1}: {run.WallSeconds:F2} s wall, {run.CpuSeconds:F2} s CPU"));
        }

        var info = new ModelInfo(ModelInfo.Trained, "bench", ModelMetadata.TrainerName, model!.Metadata.TrainedAt, set.Count, set.Hash, 1d,
            model.Metadata.DataFrom, model.Metadata.DataTo, null);
        var estimator = new PayEstimator(model, services.Pay, info);
        var profiles = Profiles().ToArray();
        var explained = Measure(estimator, profiles, estimates, explain: true);
        var bare = Measure(estimator, profiles, estimates, explain: false);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            rows = set.Count,
            trainRows = split.Train.Count,
            options,
            training = trainings,
            bestTrainingWallSeconds = trainings.Min(t => t.WallSeconds),
            estimate = explained,
            estimateWithoutExplanation = bare,
            processorCount = Environment.ProcessorCount,
            loadAverageBefore = loadBefore,
            loadAverageAfter = LoadAverage(),
            at = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        }, BenchJson.Options));
        return 0;
    }

    private static LatencyResult Measure(PayEstimator estimator, PayProfile[] profiles, int count, bool explain)
    {
        // Warm up for two seconds: tiered JIT recompiles the hot loops (tree walks, look-ups) after their first calls.
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(2); i++) estimator.Estimate(profiles[i % profiles.Length], explain);
        var times = new double[count];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            estimator.Estimate(profiles[i % profiles.Length], explain);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var cpuMicroseconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / count;
        Array.Sort(times);
        double At(double p) => Math.Round(times[(int)Math.Min(count - 1, Math.Floor(p * count))], 4);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  estimate{(explain ? "" : " without explanation")}: p50 {At(0.50):F3} ms, p99 {At(0.99):F3} ms, {cpuMicroseconds:F0} µs CPU each, over {count}"));
        return new LatencyResult(count, At(0.50), At(0.90), At(0.99), Math.Round(cpuMicroseconds, 1));
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), to read the wall-clock figures against.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Every sector × région × employer at a few experiences, options partly omitted: no two consecutive alike.</summary>
    private static IEnumerable<PayProfile> Profiles() =>
        from years in new[] { 0m, 4m, 12m, 25m }
        from sector in Enum.GetValues<Sector>()
        from region in CodeBook.RegionNames.Keys
        from employer in Enum.GetValues<EmployerType>()
        select new PayProfile(sector, new Region(region), years, Employer: employer, WeeklyHours: years == 4m ? 24m : null);

    private sealed record TrainingRun(double WallSeconds, double CpuSeconds, IReadOnlyList<string> Phases);

    private sealed record LatencyResult(int Estimates, double P50Milliseconds, double P90Milliseconds, double P99Milliseconds, double CpuMicrosecondsPerEstimate);
}
