using System.Diagnostics;
using System.Net;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// A closed-loop load test of a running host: <c>clients</c> concurrent clients, each sending its next request as soon as
/// the last one answered, over a fixed mix of pages and API queries, for a fixed time. Loopback only (it refuses any
/// other address), bounded in time (each request has its own timeout, and nothing new starts after the end). An error
/// is a non-2xx status, a timeout or a connection failure. The host's peak memory is the kernel's high-water mark of
/// its resident set (VmHWM in /proc/&lt;pid&gt;/status), read at the end, and its resident set sampled during the run.
/// </summary>
public static class LoadTest
{
    /// <summary>What one run measured.</summary>
    public sealed record Result(
        int Clients, TimeSpan Duration, int Requests, int Errors, double RequestsPerSecond,
        double P50Ms, double P95Ms, double P99Ms, double MaxMs, long? HostPeakRssBytes, long? HostPeakSampledBytes,
        IReadOnlyList<(string Path, int Requests, int Errors, double P50Ms, double P99Ms)> PerPath,
        IReadOnlyList<string> FirstErrors);

    /// <summary>The mix on the seed corpus: pages a researcher opens and API queries a script sends.</summary>
    public static IReadOnlyList<string> SeedMix { get; } =
    [
        "/",
        "/concepts",
        "/concepts/learning-region",
        "/critiques",
        "/references/storper1993",
        "/search?q=learning",
        "/networks",
        "/networks/preface-network",
        "/api/concepts/learning-region/lineage",
        "/api/queries/critiques?id=learning-region",
        "/api/queries/evidence-balance?id=learning-region",
        "/api/networks/preface-network/overlap",
        "/api/networks/preface-network/typology",
        "/api/health",
    ];

    /// <summary>Checks that <paramref name="baseUrl"/> is a loopback address; the load generator never leaves the machine.</summary>
    public static Uri LoopbackOnly(string baseUrl)
    {
        var uri = new Uri(baseUrl, UriKind.Absolute);
        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
        if (!loopback || uri.Scheme != Uri.UriSchemeHttp)
            throw new ArgumentException($"the load test only targets http on loopback (127.0.0.1, ::1, localhost); got {baseUrl}");
        return uri;
    }

    public static async Task<Result> RunAsync(Uri baseUrl, IReadOnlyList<string> mix, int clients, TimeSpan duration, TimeSpan requestTimeout,
        int? hostPid, TextWriter log)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan };
        using var memory = hostPid is { } pid ? new ProcessMemory(pid) : null;
        var samples = new List<(string Path, double Ms, bool Ok)>[clients];
        var errors = new List<string>();
        var clock = Stopwatch.StartNew();
        var end = duration;
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = samples[c] = [];
            // Each client starts at a different place in the mix, so every path is under load all the time.
            for (var i = c; clock.Elapsed < end; i++)
            {
                var path = mix[i % mix.Count];
                var started = clock.Elapsed;
                bool ok;
                string? error = null;
                using var timeout = new CancellationTokenSource(requestTimeout);
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, path);
                    request.Headers.Accept.ParseAdd(path.StartsWith("/api/", StringComparison.Ordinal) ? "application/json" : "text/html");
                    // What every browser sends; the body is read as it comes (not decompressed), as load generators do.
                    request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                    ok = response.IsSuccessStatusCode;
                    if (!ok) error = $"{path}: HTTP {(int)response.StatusCode}";
                }
                catch (OperationCanceledException)
                {
                    (ok, error) = (false, $"{path}: no answer within {requestTimeout.TotalSeconds:0} s");
                }
                catch (HttpRequestException e)
                {
                    (ok, error) = (false, $"{path}: {e.Message}");
                }
                mine.Add((path, (clock.Elapsed - started).TotalMilliseconds, ok));
                if (error is not null) lock (errors) if (errors.Count < 10) errors.Add(error);
            }
        })).ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        var all = samples.SelectMany(s => s).ToList();
        var latencies = all.Select(s => s.Ms).Order().ToArray();
        var perPath = all.GroupBy(s => s.Path).OrderBy(g => mix.ToList().IndexOf(g.Key)).Select(g =>
        {
            var ms = g.Select(s => s.Ms).Order().ToArray();
            return (g.Key, ms.Length, g.Count(s => !s.Ok), Percentile(ms, 0.50), Percentile(ms, 0.99));
        }).ToList();
        log.WriteLine($"{all.Count} requests in {elapsed.TotalSeconds:0.0} s from {clients} clients");
        return new Result(clients, elapsed, all.Count, all.Count(s => !s.Ok), all.Count / elapsed.TotalSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), latencies.LastOrDefault(),
            memory?.PeakRss, memory?.PeakSampled, perPath, errors);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Another process's resident memory: sampled every 100 ms, and the kernel's own high-water mark.</summary>
    private sealed class ProcessMemory : IDisposable
    {
        private readonly int _pid;
        private readonly Timer _timer;
        private long _peak;

        public ProcessMemory(int pid)
        {
            _pid = pid;
            _timer = new Timer(_ => Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), Read("VmRSS:") ?? 0)), null, 0, 100);
        }

        public long PeakSampled => Interlocked.Read(ref _peak);

        public long? PeakRss => Read("VmHWM:");

        public void Dispose() => _timer.Dispose();

        private long? Read(string field)
        {
            try
            {
                foreach (var line in File.ReadLines($"/proc/{_pid}/status"))
                {
                    if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
                    var parts = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
            catch (IOException)
            {
            }
            return null;
        }
    }
}
