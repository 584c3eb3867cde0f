using System.Net.Http.Json;
using System.Net;
using System.Diagnostics;
using System.Text.Json;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.LocalServer;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>The host owns its local Neo4j: when it dies, the host notices, restarts it with back-off and re-syncs content.</summary>
public sealed class Neo4jHealingTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(150);
    private readonly string _dataDirectory = LocalNeo4jTestSupport.NewDataDirectory();
    private readonly TempContent _content = TempContent.SmallLineage();
    private readonly List<Process> _processes = [];
    private RunningHost? _host;

    [LocalNeo4jFact]
    public async Task ShouldRestartAKilledNeo4jReportItInHealthAndAnswerWithTheContentAgain()
    {
        _host = await RunningHost.StartLocalAsync(_dataDirectory, _content.Root);
        var before = await HealthAsync();
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal("up", before.State);
        Assert.Equal(0, before.Body.GetProperty("server").GetProperty("restarts").GetInt32());

        var killedAt = DateTimeOffset.UtcNow;
        KillJvm();

        // Down first (503, restarting), then up again, within a bound.
        var down = await PollHealthAsync(h => h.State == "restarting");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Contains("exited unexpectedly", down.Body.GetProperty("server").GetProperty("lastError").GetString());
        var up = await PollHealthAsync(h => h.Status == HttpStatusCode.OK);
        Assert.Equal("up", up.State);
        Assert.Equal(1, up.Body.GetProperty("server").GetProperty("restarts").GetInt32());

        var lineage = await _host.Http.GetAsync("/api/concepts/learning-region/lineage");
        Assert.Equal(HttpStatusCode.OK, lineage.StatusCode);
        Assert.Contains("territorial-innovation-models", await lineage.Content.ReadAsStringAsync());

        // The content was loaded again after the restart (a full load, comparing with the graph read back).
        var deadline = DateTime.UtcNow + Bound;
        JsonElement latest;
        do
        {
            await Task.Delay(500);
            latest = JsonDocument.Parse(await _host.Http.GetStringAsync("/api/load/status")).RootElement.GetProperty("latest");
        }
        while (latest.GetProperty("at").GetDateTimeOffset() < killedAt && DateTime.UtcNow < deadline);
        Assert.True(latest.GetProperty("succeeded").GetBoolean(), latest.ToString());
        Assert.Equal("full", latest.GetProperty("mode").GetString());
        Assert.True(latest.GetProperty("at").GetDateTimeOffset() > killedAt);
    }

    [LocalNeo4jFact]
    public async Task ShouldGiveUpAfterTheConfiguredRestartsWhenThePortWasTakenAndSaySo()
    {
        _host = await RunningHost.StartLocalAsync(_dataDirectory, _content.Root, "--Neo4j:Local:MaxRestarts=2");
        var port = new Uri(JsonDocument.Parse(await _host.Http.GetStringAsync("/api/health")).RootElement.GetProperty("neo4j").GetString()!).Port;

        // Another program takes Neo4j's port meanwhile (a plain listener: .NET's ReuseAddress would also set SO_REUSEPORT).
        // It is started, and ready, before the kill and binds once told: the first restart comes 1 s after the death,
        // and a python3 started only then could take longer than that to bind on a loaded machine.
        var squatter = Process.Start(new ProcessStartInfo("python3",
        [
            "-c",
            "import socket, sys, time\n" +
            "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n" +
            "print('ready', flush=True); sys.stdin.readline()\n" +
            $"s.bind(('127.0.0.1', {port})); s.listen(); print('listening', flush=True); time.sleep(120)",
        ]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        _processes.Add(squatter);
        Assert.Equal("ready", await squatter.StandardOutput.ReadLineAsync());

        KillJvm();
        await WaitUntilClosedAsync(port);
        await squatter.StandardInput.WriteLineAsync("bind");
        await squatter.StandardInput.FlushAsync();
        Assert.Equal("listening", await squatter.StandardOutput.ReadLineAsync());

        var down = await PollHealthAsync(h => h.State == "down");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Contains($"Port {port} on 127.0.0.1 is already in use", down.Body.GetProperty("server").GetProperty("lastError").GetString());
        Assert.Equal(0, down.Body.GetProperty("server").GetProperty("restarts").GetInt32());
    }

    [LocalNeo4jFact]
    public async Task ShouldRestartANeo4jThatARawQueryRanOutOfMemoryAndSayWhy()
    {
        // Neo4j 3.1 cannot limit a query's memory: this read-only query fills any heap. Without -XX:+ExitOnOutOfMemoryError
        // a 2 GB heap collected for over a minute without answering (measured); the smallest heap Neo4jConf allows
        // (its initial size) runs out within seconds.
        _host = await RunningHost.StartLocalAsync(_dataDirectory, _content.Root, "--Neo4j:Local:HeapSize=512m");

        using var query = await _host.Http.PostAsJsonAsync("/api/cypher",
            new { query = "RETURN size([x IN range(1, 1000000000) | [x, x, x]]) AS n", timeoutSeconds = 5 });

        // 408 after its 5 s, or an error if Neo4j died first: the query cannot be answered either way.
        Assert.NotEqual(HttpStatusCode.OK, query.StatusCode);
        var down = await PollHealthAsync(h => h.State == "restarting");
        Assert.StartsWith("Neo4j ran out of memory (java.lang.OutOfMemoryError: Java heap space; exit code 3)",
            down.Body.GetProperty("server").GetProperty("lastError").GetString());
        var up = await PollHealthAsync(h => h.Status == HttpStatusCode.OK);
        Assert.Equal(1, up.Body.GetProperty("server").GetProperty("restarts").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _host.Http.GetAsync("/api/concepts/learning-region/lineage")).StatusCode);
        // The dead run's console log is kept beside the new one's.
        Assert.Contains("Terminating due to java.lang.OutOfMemoryError", await File.ReadAllTextAsync(Path.Combine(_dataDirectory, "logs", "console.previous.log")));
    }

    [Fact]
    public void ShouldBackOffExponentiallyUpToACap()
    {
        Assert.Equal(
            [1, 2, 4, 8, 16, 30, 30],
            Enumerable.Range(1, 7).Select(a => LocalNeo4jSupervisor.Delay(a).TotalSeconds).ToArray());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill();
            process.Dispose();
        }
        _content.Dispose();
        LocalNeo4jTestSupport.DeleteQuietly(_dataDirectory);
    }

    private void KillJvm()
    {
        var pid = ProcessProbe.ReadPidFile(Path.Combine(_dataDirectory, "run", "timkg-neo4j.pid"));
        Assert.NotNull(pid);
        Assert.True(ProcessProbe.Signal(pid.Value, ProcessProbe.SigKill), $"could not kill JVM {pid}");
    }

    private async Task<Health> HealthAsync()
    {
        using var response = await _host!.Http.GetAsync("/api/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return new Health(response.StatusCode, body.GetProperty("server").GetProperty("state").GetString()!, body);
    }

    private async Task<Health> PollHealthAsync(Func<Health, bool> until)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            var health = await HealthAsync();
            if (until(health)) return health;
            Assert.True(DateTime.UtcNow < deadline, $"health stayed {health.Status} {health.Body}");
            await Task.Delay(200);
        }
    }

    private static async Task WaitUntilClosedAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (LocalNeo4jLifecycleTests.IsListening(port) && DateTime.UtcNow < deadline) await Task.Delay(50);
    }

    private sealed record Health(HttpStatusCode Status, string State, JsonElement Body);
}
