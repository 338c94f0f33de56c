using System.Diagnostics;
using System.Runtime.CompilerServices;
using MedSec.Data.Frames;
using MedSec.Data.Geography;
using MedSec.Data.Ingestion;

namespace MedSec.Bench;

/// <summary>
/// One MedSec run over the file: read the bytes (as `medsec ingest` does) → validate → normalise (CSV reader + pipeline) → DataFrame → the median
/// full-time monthly gross per région (the single percentile implementation), reading with 1 or 2 threads.
/// </summary>
public static class MedSecPhase
{
    /// <summary>"medsec", or "medsec-aot" when this code was compiled ahead of time (no JIT: MedSec.Bench.Aot).</summary>
    public static string Engine => RuntimeFeature.IsDynamicCodeSupported ? "medsec" : "medsec-aot";

    public static PhaseRun Run(string path, IPayLookups lookups, FrenchGeography geography, int threads)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var cpu = ProcessCounters.Now();
        var watch = Stopwatch.StartNew();
        var bytes = InputFile.Read(path);
        var read = watch.Elapsed;
        var result = ObservationPipeline.Run(Path.GetFileName(path), bytes, lookups,
            new ObservationPipelineOptions(new ObservationReaderOptions(Geography: geography), ReferenceP90: 10_000m, MaxDegreeOfParallelism: threads));
        var pipeline = watch.Elapsed;
        var frame = ObservationFrame.From(result.Observations);
        var framed = watch.Elapsed;
        var table = frame.Percentiles(new PercentileQuery(GroupBy: [FrameDimension.Region], Probabilities: [0.5m], K: 1));
        var total = watch.Elapsed;
        var used = ProcessCounters.Now() - cpu;
        if (result.FileError is not null || result.Rejected != 0) throw new InvalidOperationException($"bench file not clean: {result.FileError} {result.Rejected} rejected");
        return new PhaseRun($"{Engine}-{threads}t", result.Read, total.TotalMilliseconds,
            new Dictionary<string, double>
            {
                ["readBytes"] = read.TotalMilliseconds,
                ["readValidateNormalise"] = (pipeline - read).TotalMilliseconds,
                ["dataFrame"] = (framed - pipeline).TotalMilliseconds,
                ["medianByRegion"] = (total - framed).TotalMilliseconds,
                ["allocatedMB"] = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6,
                // Time the JIT spent compiling during the run (all threads) and the methods it compiled: the cold run's extra.
                ["jit"] = (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds,
                ["jitMethods"] = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods,
                // Full collections during the run, and the time the GC paused the readers (a background collection runs
                // beside them and pauses them only briefly).
                ["gen2Collections"] = GC.CollectionCount(2) - gen2,
                ["gcPauseMs"] = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
                // CPU of the whole process during the run, in user code and in the kernel (file read, page faults), and the
                // pages it touched for the first time (each one zeroed by the kernel).
                ["userMs"] = used.UserMilliseconds,
                ["kernelMs"] = used.KernelMilliseconds,
                ["minorFaults"] = used.MinorFaults,
            },
            table.Cells.ToDictionary(c => c.Key[0], c => c.Values![0]));
    }
}
