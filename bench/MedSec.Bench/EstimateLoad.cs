using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MedSec.Bench;

/// <summary>
/// Load test of <c>GET /api/estimate</c> on loopback: starts the web app (Release, its own temporary MedSec home) unless a
/// <c>--url</c> is given, waits until it answers an estimate (the model trains on first use), then runs
/// <c>--clients</c> concurrent clients until <c>--requests</c> answers or <c>--seconds</c> have passed, whichever comes
/// first, after <c>--warmup</c> unmeasured requests, and reports the latency percentiles (type 7) of the successful answers. <c>--append FILE</c> adds the result
/// as a section of a Markdown file (docs/PERFORMANCE.md).
/// </summary>
public static class EstimateLoad
{
    private static readonly string[] Sectors = ["public", "private", "remote"];
    private static readonly string[] Regions = ["11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93"];
    private static readonly string[] Specialties = ["general", "cardiology", "paediatrics", "surgery", "radiology", ""];
    private static readonly string[] Hours = ["35", "28", "24", "17.5"];

    public static async Task<int> RunAsync(string? url, int clients, int requests, int seconds, int warmup, string? append)
    {
        using var server = url is null ? WebServer.Start() : null;
        var baseUrl = url ?? server!.Url;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var ready = Stopwatch.StartNew();
        await WaitUntilReadyAsync(http, TimeSpan.FromMinutes(3));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: {baseUrl} answers estimates after {ready.Elapsed.TotalSeconds:F1} s"));

        // A warm-up at the same concurrency, not measured: the first thousands of requests run partly in unoptimised
        // (tier-0) code until the JIT's background tier-1 compilation catches up, slowly on a busy machine.
        var warm = await RunClientsAsync(http, clients, warmup, TimeSpan.FromSeconds(120), record: true);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: warm-up {warm.Latencies.Count} requests in {warm.Elapsed.TotalSeconds:F1} s (p95 {LoadResult.Percentile([.. warm.Latencies.Order()], 0.95):F0} ms), not counted"));
        var load = LoadAverage();
        var run = await RunClientsAsync(http, clients, requests, TimeSpan.FromSeconds(seconds), record: true);
        var result = LoadResult.From(run.Latencies, run.Errors, run.Elapsed, clients, load, LoadAverage()) with { Warmup = warm.Latencies.Count, WarmupP95 = LoadResult.Percentile([.. warm.Latencies.Order()], 0.95) };

        Console.WriteLine(result.Summary());
        if (append is not null) File.AppendAllText(append, result.Markdown(requests, seconds), Encoding.UTF8);
        return result.Errors == 0 ? 0 : 1;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(Query(0));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or still training
            }
            if (clock.Elapsed > limit) throw new TimeoutException($"no estimate after {limit.TotalSeconds:F0} s");
            await Task.Delay(500);
        }
    }

    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> RunClientsAsync(
        HttpClient http, int clients, int requests, TimeSpan limit, bool record)
    {
        var latencies = new List<double>(requests);
        var errors = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(limit);

        async Task Client()
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref issued);
                if (n > requests) return;
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(Query(n), stop.Token);
                    await response.Content.ReadAsByteArrayAsync(stop.Token);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
                    else if (record) lock (latencies) latencies.Add(ms);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return; // the time limit: an unanswered request is neither a success nor an error
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Client)));
        return (latencies, errors, clock.Elapsed);
    }

    /// <summary>A different, valid profile for each request number (sectors, régions, experience, specialties, hours).</summary>
    public static string Query(int n) => string.Create(CultureInfo.InvariantCulture,
        $"/api/estimate?sector={Sectors[n % 3]}&region={Regions[n % Regions.Length]}&experience={n % 31}" +
        $"{(Specialties[n % Specialties.Length] is { Length: > 0 } s ? "&specialty=" + s : "")}&weeklyHours={Hours[n % Hours.Length]}");

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>The web app in a child process on a free loopback port, with a temporary MedSec home; killed on dispose.</summary>
    private sealed class WebServer : IDisposable
    {
        private readonly Process _process;
        private readonly string _home;

        private WebServer(Process process, string url, string home) => (_process, Url, _home) = (process, url, home);

        public string Url { get; }

        public static WebServer Start()
        {
            var root = RepoRoot();
            var port = FreePort();
            var url = $"http://127.0.0.1:{port}";
            var home = Directory.CreateTempSubdirectory("medsec-load-").FullName;
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "run", "-c", "Release", "--project", "src/MedSec.Web", "--no-launch-profile", "--", "--urls", url })
                start.ArgumentList.Add(arg);
            start.Environment["MEDSEC_HOME"] = home;
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["OMP_WAIT_POLICY"] = "PASSIVE";
            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"web: {e.Data}"); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            Console.Error.WriteLine($"load: starting the web app (Release) on {url}");
            return new WebServer(process, url, home);
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
            _process.Dispose();
            try
            {
                Directory.Delete(_home, recursive: true);
            }
            catch (IOException)
            {
                // left to the OS's temp cleaning
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static string RepoRoot()
        {
            for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "MedSec.sln"))) return dir.FullName;
            throw new InvalidOperationException("run from the repository (MedSec.sln not found above the current directory)");
        }
    }
}
