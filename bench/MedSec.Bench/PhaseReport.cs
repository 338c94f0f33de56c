namespace MedSec.Bench;

/// <summary>What one child process measured: its runs (the first one includes JIT and fresh memory) and its peak memory.</summary>
public sealed record PhaseReport(string Engine, IReadOnlyList<PhaseRun> Runs, double PeakMegabytes);
