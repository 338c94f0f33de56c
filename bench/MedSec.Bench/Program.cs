using System.Globalization;
using System.Text.Json;
using MedSec.Analytics;
using MedSec.Analytics.Imports;
using MedSec.Bench;
using MedSec.Data.Ingestion;

// dotnet run -c Release --project bench/MedSec.Bench -- compare --rows 1000000 --rounds 5
//   generate --rows N --out FILE | phase medsec|duckdb FILE [--threads T] [--runs R] | compare [--rows N] [--rounds R] [--dir DIR] [--narrow] [--no-aot] [--steady N]
//   loop csv|validate|pipeline|frame|median FILE [--runs R] [--threads T] [--verbose] [--geo] [--fresh]: one stage in a loop (csv: CsvHelper
//     alone, the floor; frame and median: the DataFrame and the median per région of `phase medsec`, on a result read once
//     with 2 threads); --fresh reads the file again before each run (untimed), and for the pipeline --geo checks départements
//     against their régions, both as `phase medsec` does

var command = args.FirstOrDefault();
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
int IntOption(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

switch (command)
{
    case "generate":
        BenchFile.Write(Option("--out", "observations.csv"), IntOption("--rows", 1_000_000));
        return 0;
    case "phase" when args.Length >= 3:
    {
        var engine = args[1];
        var path = args[2];
        var runs = IntOption("--runs", 5);
        var threads = IntOption("--threads", 1);
        var lookups = new PayServiceLookups(MedSecServices.LoadDefault().Pay);
        var geography = MedSec.Data.Geography.FrenchGeography.LoadDefault();
        return PhaseCommand.Run(runs, () => engine == "medsec" ? MedSecPhase.Run(path, lookups, geography, threads) : DuckDbPhase.Run(path, threads));
    }
    case "diagnose" when args.Length >= 2:
        Diagnostics.Run(args[1], new PayServiceLookups(MedSecServices.LoadDefault().Pay));
        return 0;
    case "loop" when args.Length >= 3:
    {
        // Instruction counts independent of the machine's load: perf stat -e instructions:u … loop validate FILE
        var fresh = args.Contains("--fresh");
        var bytes = InputFile.Read(args[2]);
        var lookups = new PayServiceLookups(MedSecServices.LoadDefault().Pay);
        var pipelineOptions = new ObservationPipelineOptions(
            args.Contains("--geo") ? new ObservationReaderOptions(Geography: MedSec.Data.Geography.FrenchGeography.LoadDefault()) : null,
            ReferenceP90: 10_000m, MaxDegreeOfParallelism: IntOption("--threads", 1));
        var times = new List<double>();
        var cpu = new List<double>();
        // The frame stages run on the pipeline's result, read once here.
        var observations = args[1] is "frame" or "median"
            ? ObservationPipeline.Run("x.csv", bytes, lookups, pipelineOptions with { MaxDegreeOfParallelism = 2 }).Observations
            : null;
        var frame = args[1] == "median" ? MedSec.Data.Frames.ObservationFrame.From(observations!) : null;
        for (var i = 0; i < IntOption("--runs", 5); i++)
        {
            var input = fresh && i > 0 ? InputFile.Read(args[2]) : bytes;
            var before = ProcessCounters.Now();
            var collections = GC.CollectionCount(0);
            var jit = System.Runtime.JitInfo.GetCompilationTime();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (args[1] == "csv")
            {
                // CsvHelper alone: every field of every record read and trimmed (the floor under validation).
                using var csv = CsvHelper.CsvReader.Create(input, CsvInput.Options(CsvDialect.Detect(input).Separator, hasHeader: true, new ObservationReaderOptions().MaxRecordBytes, null) with { TrackLineNumbers = false });
                long total = 0;
                while (csv.Read())
                    for (var f = 0; f < csv.FieldCount; f++) total += Utf8Text.Trim(csv.GetSpan(f)).Length;
                GC.KeepAlive(total);
            }
            else if (args[1] == "validate")
            {
                using var reader = ObservationCsvReader.Open("x.csv", input);
                while (reader.Next()) { }
            }
            else if (args[1] == "frame") GC.KeepAlive(MedSec.Data.Frames.ObservationFrame.From(observations!));
            else if (args[1] == "median")
                GC.KeepAlive(frame!.Percentiles(new MedSec.Data.Frames.PercentileQuery(GroupBy: [MedSec.Data.Frames.FrameDimension.Region], Probabilities: [0.5m], K: 1)));
            else ObservationPipeline.Run("x.csv", input, lookups, pipelineOptions);
            times.Add(watch.Elapsed.TotalMilliseconds);
            var used = ProcessCounters.Now() - before;
            cpu.Add(used.UserMilliseconds + used.KernelMilliseconds);
            if (args.Contains("--verbose"))
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {i + 1}: {times[^1]:F0} ms, {GC.CollectionCount(0) - collections} GCs, jit {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} ms, user {used.UserMilliseconds:F0} ms, kernel {used.KernelMilliseconds:F0} ms, {used.MinorFaults} minor faults"));
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[1]}: wall min {times.Min():F0} ms, median {times.Order().ElementAt(times.Count / 2):F0} ms; CPU median {cpu.Order().ElementAt(cpu.Count / 2):F0} ms"));
        return 0;
    }
    case "model":
        return ModelBench.Run(IntOption("--rows", 100_000), IntOption("--runs", 3), IntOption("--estimates", 10_000));
    case "load":
        return await EstimateLoad.RunAsync(args.Contains("--url") ? Option("--url", "") : null, IntOption("--clients", 50),
            IntOption("--requests", 5000), IntOption("--seconds", 60), IntOption("--warmup", 5000), args.Contains("--append") ? Option("--append", "") : null);
    case "compare":
        try
        {
            return Compare.Run(IntOption("--rows", 1_000_000), IntOption("--rounds", 5), Option("--dir", "bench/out"), args.Contains("--narrow"),
                aot: !args.Contains("--no-aot"), steady: IntOption("--steady", 0));
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    default:
        Console.Error.WriteLine("usage: dotnet run -c Release --project bench/MedSec.Bench -- compare [--rows N] [--rounds R] [--dir DIR] [--narrow] [--no-aot] [--steady N]");
        Console.Error.WriteLine("       … generate --rows N --out FILE | phase medsec|duckdb FILE [--threads T] [--runs R]");
        Console.Error.WriteLine("       … load [--clients 50] [--requests 5000] [--seconds 60] [--warmup 5000] [--url URL] [--append docs/PERFORMANCE.md]");
        return 2;
}
