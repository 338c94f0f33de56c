using System.Globalization;

namespace MedSec.Bench;

/// <summary>Latency percentiles (type 7, milliseconds) and throughput of a load run.</summary>
public sealed record LoadResult(
    int Clients, int Answered, int Errors, double Seconds, double P50, double P95, double P99, double Max,
    string LoadBefore, string LoadAfter)
{
    /// <summary>The p95 target of the dashboard issue.</summary>
    public const double TargetP95Milliseconds = 100;

    public double PerSecond => Answered / Seconds;

    /// <summary>Requests answered during the unmeasured warm-up, and their p95.</summary>
    public int Warmup { get; init; }

    public double WarmupP95 { get; init; }

    public static LoadResult From(List<double> latencies, int errors, TimeSpan elapsed, int clients, string loadBefore, string loadAfter)
    {
        var sorted = latencies.Order().ToArray();
        return new LoadResult(clients, sorted.Length, errors, elapsed.TotalSeconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? double.NaN : sorted[^1],
            loadBefore, loadAfter);
    }

    /// <summary>Linear interpolation between order statistics (type 7), as everywhere in MedSec.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"clients {Clients}, answered {Answered} in {Seconds:F1} s ({PerSecond:F0}/s), errors {Errors}; " +
        $"p50 {P50:F1} ms, p95 {P95:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms; load average {LoadBefore} → {LoadAfter}");

    public string Markdown(int requests, int seconds) => string.Create(CultureInfo.InvariantCulture, $"""

        ## HTTP API: `GET /api/estimate` under {Clients} concurrent clients ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)

        ```bash
        dotnet run -c Release --project bench/MedSec.Bench -- load --clients {Clients} --requests {requests} --seconds {seconds} --warmup {Warmup} --append docs/PERFORMANCE.md
        ```

        The bench starts the web app (Release, Production, its own temporary MedSec home) on a free loopback port, waits for
        the first estimate (the model is trained from the bundled sample on first use), sends {Warmup} unmeasured warm-up
        requests at the same concurrency (p95 {WarmupP95:F0} ms: the JIT's optimised code arrives during them), then
        {Clients} clients share one `HttpClient` and send requests back to back, request n asking for profile n of a cycle
        of 744 valid profiles (3 sectors × 12 régions × experience 0–30 years × 6 specialties × 4 weekly hours; no cache on
        the server), until {requests} answers or {seconds} s. Latency is measured by the client from sending the request to
        reading the whole body; percentiles by linear interpolation (type 7).

        | clients | answered | errors | duration | throughput | p50 | p95 | p99 | max | load average (before → after) |
        |---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
        | {Clients} | {Answered} | {Errors} | {Seconds:F1} s | {PerSecond:F0} req/s | {P50:F1} ms | {P95:F1} ms | {P99:F1} ms | {Max:F1} ms | {LoadBefore} → {LoadAfter} |

        Target p95 ≤ {TargetP95Milliseconds:F0} ms: **{(P95 <= TargetP95Milliseconds ? "met" : "missed")}** on this run. The machine is a shared
        2-vCPU VM on which other sessions build and test at the same time (see the load average), and client and server share
        its two cores.

        """);
}
