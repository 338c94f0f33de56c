using System.Globalization;
using System.Text.Json;

namespace MedSec.Bench;

/// <summary>
/// <c>phase ENGINE FILE [--threads T] [--runs R]</c>: R runs of one engine in this process (the first one cold), each on
/// stderr, then one JSON line (<see cref="PhaseReport"/>) on stdout for <see cref="Compare"/>.
/// </summary>
public static class PhaseCommand
{
    public static int Run(int runs, Func<PhaseRun> runOnce)
    {
        var results = new List<PhaseRun>();
        for (var i = 0; i < runs; i++)
        {
            results.Add(runOnce());
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {results[^1].Engine} run {i + 1}: {results[^1].Milliseconds:F0} ms"));
            GC.Collect();
        }
        Console.WriteLine(JsonSerializer.Serialize(new PhaseReport(results[0].Engine, results, PeakMemory.Megabytes()), PhaseJson.Default.PhaseReport));
        return 0;
    }
}
