namespace MedSec.Bench;

/// <summary>What one child process measured: its runs (the first one includes JIT and cold caches) and its peak memory.</summary>
public sealed record PhaseReport(string Engine, IReadOnlyList<PhaseRun> Runs, double PeakMegabytes)
{
    public double First => Runs[0].Milliseconds;

    public double Best => Runs.Skip(Runs.Count > 1 ? 1 : 0).Min(r => r.Milliseconds);

    public double Median
    {
        get
        {
            var warm = Runs.Skip(Runs.Count > 1 ? 1 : 0).Select(r => r.Milliseconds).Order().ToArray();
            return warm.Length % 2 == 1 ? warm[warm.Length / 2] : (warm[warm.Length / 2 - 1] + warm[warm.Length / 2]) / 2;
        }
    }
}
