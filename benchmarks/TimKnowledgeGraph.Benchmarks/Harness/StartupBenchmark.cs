using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// <c>scripts/run</c> → first page, end to end as a user starts the product: the script (bootstrap check, build stamp
/// check), .NET start, the local Neo4j's start, schema, the content load, and the first <c>GET /</c> answered with 200.
/// Each run starts a fresh process on its own data directory (free Neo4j ports, so a Neo4j of the user's keeps running)
/// and stops it with SIGTERM. Run 1 starts from an empty store (the first load writes everything); later runs find the
/// content unchanged. The host's log lines give the phases: Neo4j's start and the load.
/// </summary>
public static partial class StartupBenchmark
{
    /// <summary>One start: seconds to the first page, and the phases the host logged.</summary>
    public sealed record Run(int Number, double FirstPageSeconds, double? Neo4jStartSeconds, double? LoadSeconds, double? LoadOwnSeconds,
        double? ListeningSeconds, bool Unchanged);

    public static async Task<IReadOnlyList<Run>> RunAsync(string repository, int runs, int port, TextWriter log)
    {
        var data = Path.Combine(Path.GetTempPath(), "timkg-bench-data", "startup-" + Guid.NewGuid().ToString("n")[..8]);
        var results = new List<Run>();
        try
        {
            for (var i = 1; i <= runs; i++)
            {
                var run = await OnceAsync(repository, data, port, i);
                log.WriteLine($"run {i}: first page {run.FirstPageSeconds:0.00} s (Neo4j ready {run.Neo4jStartSeconds:0.00} s, load {run.LoadSeconds:0.00} s of which ours {run.LoadOwnSeconds:0.00} s, listening at {run.ListeningSeconds:0.00} s){(run.Unchanged ? ", content unchanged" : "")}");
                results.Add(run);
            }
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return results;
    }

    private static async Task<Run> OnceAsync(string repository, string data, int port, int number)
    {
        var start = new ProcessStartInfo(Path.Combine(repository, "scripts", "run"), ["--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Neo4j__Local__DataDirectory"] = data,
                ["Neo4j__Local__HttpPort"] = "0",
                ["Neo4j__Local__BoltPort"] = "0",
                ["Content__Watch"] = "false",
            },
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("scripts/run did not start");
        double? neo4j = null, load = null, loadOwn = null, listening = null;
        var unchanged = false;
        var previous = "";
        void Line(string? line)
        {
            if (line is null) return;
            var at = clock.Elapsed.TotalSeconds;
            lock (clock)
            {
                // The console logger writes "info: Category[id]" and then the message on the next line.
                if (ReadyRegex().IsMatch(line)) neo4j = at;
                if (line.Contains("Loaded ", StringComparison.Ordinal) && LoadedRegex().Match(line) is { Success: true } m)
                {
                    load = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / 1000;
                    loadOwn = load - double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) / 1000;
                    unchanged = line.Contains("unchanged", StringComparison.Ordinal);
                }
                if (line.Contains("Now listening on", StringComparison.Ordinal)) listening ??= at;
                previous = line;
            }
        }
        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        double firstPage;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"the host exited ({process.ExitCode}) before serving a page; last line: {previous}");
            if (clock.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("no page within 5 minutes");
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                if (response.IsSuccessStatusCode)
                {
                    firstPage = clock.Elapsed.TotalSeconds;
                    break;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(50);
        }

        // SIGTERM: the host stops its Neo4j cleanly (a kill would leave it to the watchdog).
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])) await kill!.WaitForExitAsync();
        using var stopping = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(stopping.Token);
        lock (clock) return new Run(number, firstPage, neo4j, load, loadOwn, listening, unchanged);
    }

    [GeneratedRegex(@"Local Neo4j \(pid \d+\) ready at")]
    private static partial Regex ReadyRegex();

    // "... in 5490 ms (5040 ms of it waiting for Neo4j)": the rest is the host's own work.
    [GeneratedRegex(@"in (\d+) ms \((\d+) ms of it waiting for Neo4j\)")]
    private static partial Regex LoadedRegex();
}
