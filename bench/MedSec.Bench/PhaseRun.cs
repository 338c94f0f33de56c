namespace MedSec.Bench;

/// <summary>One timed run of one engine: rows, wall time, a breakdown, and the median per région it computed.</summary>
public sealed record PhaseRun(string Engine, long Rows, double Milliseconds, IReadOnlyDictionary<string, double> Breakdown,
    IReadOnlyDictionary<string, decimal> MedianByRegion);
