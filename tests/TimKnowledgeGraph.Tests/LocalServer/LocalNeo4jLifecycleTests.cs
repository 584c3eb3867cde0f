using System.Diagnostics;
using System.Net.Sockets;
using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>Stop, restart and crash recovery, on servers of their own (these stop what they start).</summary>
public sealed class LocalNeo4jLifecycleTests : IAsyncLifetime
{
    private readonly string _dataDirectory = LocalNeo4jTestSupport.NewDataDirectory();
    private readonly List<LocalNeo4jServer> _servers = [];

    [LocalNeo4jFact]
    public async Task ShouldLeaveNothingBehindAndKeepDataAcrossRestarts()
    {
        // First run: write a node, stop cleanly.
        var first = NewServer();
        var endpoint = await first.StartAsync(TestContext.Current.CancellationToken);
        var pid = first.ProcessId!.Value;
        var created = await RawCypher.CommitAsync(
            endpoint.HttpUri, endpoint.User, endpoint.Password, "CREATE (:Probe {id: $id})", new { id = "kept" });
        Assert.Equal(0, created.Errors.GetArrayLength());

        await first.StopAsync(TestContext.Current.CancellationToken);

        Assert.False(IsRunning(pid), $"JVM {pid} still runs after StopAsync");
        Assert.False(IsListening(endpoint.HttpUri.Port), "HTTP port still open after StopAsync");
        Assert.False(IsListening(endpoint.BoltUri.Port), "Bolt port still open after StopAsync");
        Assert.Null(first.ProcessId);

        // Second run on the same data directory: same password, same data.
        var second = NewServer();
        var again = await second.StartAsync(TestContext.Current.CancellationToken);
        Assert.Equal(endpoint.Password, again.Password);
        Assert.Equal(1, await CountProbesAsync(again));

        // Third run while the second is still up, as after a crash of its owner: the stale JVM is stopped first,
        // because two JVMs cannot open one store.
        var stalePid = second.ProcessId!.Value;
        var third = NewServer();
        var recovered = await third.StartAsync(TestContext.Current.CancellationToken);

        Assert.False(IsRunning(stalePid), $"stale JVM {stalePid} still runs");
        Assert.Equal(1, await CountProbesAsync(recovered));
        var thirdPid = third.ProcessId!.Value;
        await third.StopAsync(TestContext.Current.CancellationToken);
        Assert.False(IsRunning(thirdPid));
        Assert.False(IsListening(recovered.HttpUri.Port));
    }

    [LocalNeo4jFact]
    public async Task ShouldTakeOverASharedServerOnItsAddressWhenTheProcessThatRanItStopsIt()
    {
        // A second host on the same store shares the first one's server; when the first host stopped, the second
        // answered 503 with state "shared" for as long as it ran.
        var owner = NewServer();
        var endpoint = await owner.StartAsync(TestContext.Current.CancellationToken);
        await RawCypher.CommitAsync(endpoint.HttpUri, endpoint.User, endpoint.Password, "CREATE (:Probe {id: $id})", new { id = "kept" });
        var health = new LocalNeo4jHealth();
        var options = Microsoft.Extensions.Options.Options.Create(new TimKnowledgeGraph.Neo4j.Configuration.Neo4jOptions { Local = LocalNeo4jTestSupport.NewOptions(_dataDirectory) });
        var interval = LocalNeo4jHostedService.SharedCheckInterval;
        LocalNeo4jHostedService.SharedCheckInterval = TimeSpan.FromMilliseconds(200);
        var sharer = new LocalNeo4jHostedService(options, new Neo4jEndpointProvider(), health, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        try
        {
            await sharer.StartingAsync(TestContext.Current.CancellationToken);
            Assert.Equal(LocalNeo4jState.Shared, health.Current.State);

            await owner.StopAsync(TestContext.Current.CancellationToken);

            var clock = Stopwatch.StartNew();
            while (health.Current.State != LocalNeo4jState.Up && clock.Elapsed < TimeSpan.FromMinutes(3)) await Task.Delay(200, TestContext.Current.CancellationToken);
            Assert.Equal(LocalNeo4jState.Up, health.Current.State);
            Assert.Equal(1, await CountProbesAsync(endpoint)); // the same address, password and data
        }
        finally
        {
            LocalNeo4jHostedService.SharedCheckInterval = interval;
            await sharer.StoppingAsync(CancellationToken.None);
            await sharer.StoppedAsync(CancellationToken.None);
            await sharer.DisposeAsync();
        }
        Assert.False(IsListening(endpoint.HttpUri.Port), "the server taken over still runs after its host stopped");
    }

    [LocalNeo4jFact]
    public async Task ShouldReportTheConsoleTailWhenNeo4jExitsDuringStartup()
    {
        var options = LocalNeo4jTestSupport.NewOptions(_dataDirectory);
        options.HeapSize = "1k"; // below the 512m initial heap: the JVM refuses to start
        var server = new LocalNeo4jServer(options);
        _servers.Add(server);

        var error = await Assert.ThrowsAsync<LocalNeo4jException>(() => server.StartAsync(TestContext.Current.CancellationToken));

        // One line naming what the JVM said (its console's 40 last lines followed it, on the terminal too).
        var line = Assert.Single(error.Message.Split('\n'));
        Assert.StartsWith("The local Neo4j failed to start: Neo4j exited during startup", line);
        Assert.Contains("heap size", line, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith($"; its console output is in {Path.Combine(_dataDirectory, "logs", "console.log")}", line);
        Assert.Null(server.ProcessId);
    }

    [LocalNeo4jFact]
    public async Task ShouldFailAtOnceWhenNeo4jSaysTheDiskIsFullWhileStarting()
    {
        // Neo4j 3.1.1 with 180 KB free printed one "No space left on device" and lived on without ever answering: the start
        // waited its whole timeout (2 min), then said only that Neo4j did not answer. A fake bin/neo4j does the same here.
        var cache = LocalNeo4jTestSupport.NewDataDirectory() + "-cache";
        var bin = Path.Combine(cache, LocalNeo4jLayout.DistributionName, "bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "neo4j"),
            "echo 'java.io.IOException: No space left on device'\n" +
            "for i in $(seq 60); do echo '\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)'; done\n" +
            "exec sleep 600\n");
        var options = LocalNeo4jTestSupport.NewOptions(_dataDirectory);
        options.CacheDirectory = cache;
        options.StartTimeout = TimeSpan.FromSeconds(60);
        var server = new LocalNeo4jServer(options);
        _servers.Add(server);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<LocalNeo4jException>(() => server.StartAsync(TestContext.Current.CancellationToken));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the start failed after {clock.Elapsed}, not as soon as Neo4j said the disk was full");
        var line = Assert.Single(error.Message.Split('\n'));
        Assert.StartsWith("The local Neo4j failed to start: Neo4j could not write while starting: the disk is full (No space left on device); its console output is in", line);
        Assert.Null(server.ProcessId);
        Directory.Delete(cache, recursive: true);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        LocalNeo4jTestSupport.DeleteQuietly(_dataDirectory);
    }

    private LocalNeo4jServer NewServer()
    {
        var server = new LocalNeo4jServer(LocalNeo4jTestSupport.NewOptions(_dataDirectory));
        _servers.Add(server);
        return server;
    }

    private static async Task<int> CountProbesAsync(LocalNeo4jEndpoint endpoint)
    {
        var response = await RawCypher.CommitAsync(
            endpoint.HttpUri, endpoint.User, endpoint.Password, "MATCH (p:Probe {id: 'kept'}) RETURN count(p)");
        Assert.Equal(0, response.Errors.GetArrayLength());
        return response.FirstRow[0].GetInt32();
    }

    internal static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
