using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TimKnowledgeGraph.Neo4j.Configuration;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Neo4j.Schema;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>A throwaway local Neo4j 3.1.1 (free ports, heap 2g, page cache 1g), with the schema, and a client to it.</summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly LocalNeo4jServer _server;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    // The client's warnings (a transaction retried after a deadlock or another transient error) go to stderr: a
    // retry costs its back-off, and a figure should say when it paid one.
    private static readonly ILoggerFactory Warnings =
        LoggerFactory.Create(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));

    private readonly bool _kept;

    private BenchServer(LocalNeo4jServer server, LocalNeo4jEndpoint endpoint, string dataDirectory, bool kept = false)
    {
        _kept = kept;
        _server = server;
        Endpoint = endpoint;
        DataDirectory = dataDirectory;
        Client = new HttpCypherClient(_http, new CypherClientSettings(endpoint.HttpUri, endpoint.User, endpoint.Password)
        {
            RequestTimeout = TimeSpan.FromMinutes(30),
        }, Warnings.CreateLogger<HttpCypherClient>());
    }

    internal LocalNeo4jEndpoint Endpoint { get; }

    public string DataDirectory { get; }

    /// <summary>Where LOAD CSV reads <c>file:///name.csv</c> from (dbms.directories.import).</summary>
    public string ImportDirectory => Path.Combine(DataDirectory, "import");

    public ICypherClient Client { get; }

    /// <summary>
    /// A throwaway server; or, with <paramref name="store"/>, a server on that data directory, which is kept (not deleted
    /// on dispose): <c>projection --store DIR</c> profiles a 1M-tie store imported once instead of importing it every run.
    /// </summary>
    public static async Task<BenchServer> StartAsync(string? store = null)
    {
        var data = store is null ? Path.Combine(Path.GetTempPath(), "timkg-bench", Guid.NewGuid().ToString("n")) : Path.GetFullPath(store);
        var server = new LocalNeo4jServer(new LocalNeo4jOptions
        {
            DataDirectory = data, HttpPort = 0, BoltPort = 0, HeapSize = "2g", PageCacheSize = "1g",
            StartTimeout = TimeSpan.FromMinutes(10), // a shared, loaded machine starts Neo4j 3.1 in minutes, not seconds
        });
        var endpoint = await server.StartAsync(CancellationToken.None);
        var bench = new BenchServer(server, endpoint, data, kept: store is not null);
        Directory.CreateDirectory(bench.ImportDirectory);
        await new SchemaInitializer(NullLogger<SchemaInitializer>.Instance).EnsureAsync(bench.Client, CancellationToken.None);
        return bench;
    }

    /// <summary>
    /// Deletes everything (schema stays), in batches so each transaction stays small: relationships first, because
    /// DETACH DELETE of one hub would delete its 100k relationships in one transaction.
    /// </summary>
    public async Task WipeAsync()
    {
        foreach (var statement in new[]
        {
            "MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*)",
            "MATCH (n) WITH n LIMIT 50000 DETACH DELETE n RETURN count(*)",
        })
        {
            while (true)
            {
                var r = await Client.RunAsync([new CypherStatement(statement)]);
                if ((long)r[0].Rows[0][0]! == 0) break;
            }
        }
    }

    /// <summary>
    /// A full collection in the Neo4j JVM (<c>jcmd &lt;pid&gt; GC.run</c>) and in this process, before a timed run:
    /// each run then starts from a clean heap instead of the garbage of the run (or wipe) before it, whichever path
    /// that was. False when jcmd is not on the PATH (a JRE without the JDK tools): then only this process collects.
    /// </summary>
    public async Task<bool> CollectGarbageAsync()
    {
        GC.Collect();
        if (_server.ProcessId is not { } pid) return false;
        try
        {
            using var jcmd = Process.Start(new ProcessStartInfo("jcmd", [pid.ToString(CultureInfo.InvariantCulture), "GC.run"])
                { RedirectStandardOutput = true, RedirectStandardError = true })!;
            await jcmd.StandardOutput.ReadToEndAsync();
            await jcmd.WaitForExitAsync();
            return jcmd.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// Waits until the Neo4j JVM has been idle (at most one clock tick, 10 ms, of CPU per 100 ms) for 300 ms, at most
    /// <paramref name="limit"/>; returns how long it waited, or null where its CPU time cannot be read (no /proc).
    /// A wipe leaves the server busy for up to 0.7 s afterwards (measured: 10-13 ticks per 100 ms), which fell on the
    /// first phase of the next timed run, whichever path it was.
    /// </summary>
    public async Task<TimeSpan?> WaitUntilIdleAsync(TimeSpan limit)
    {
        if (_server.ProcessId is not { } pid || CpuTicks(pid) is not { } last) return null;
        var clock = Stopwatch.StartNew();
        var quiet = 0;
        while (quiet < 3 && clock.Elapsed < limit)
        {
            await Task.Delay(100);
            if (CpuTicks(pid) is not { } now) return null;
            quiet = now - last <= 1 ? quiet + 1 : 0;
            last = now;
        }
        return clock.Elapsed;
    }

    // User plus system time of a process in clock ticks (fields 14 and 15 of /proc/<pid>/stat, counted after the
    // command name, which may hold spaces).
    private static long? CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        if (_kept) return;
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
