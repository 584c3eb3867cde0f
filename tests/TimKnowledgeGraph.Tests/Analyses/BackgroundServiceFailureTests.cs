using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Hosting;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Host;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The host's two background services survive any failure: an exception let through a <c>BackgroundService</c> stops the
/// whole host, and the host's own failure log is filtered out, so it stopped silently at every start (a duplicate Dataset
/// id made the warm-up throw <see cref="ArgumentException"/>, a type the services' catch did not list). Here the real
/// client throws a <see cref="FormatException"/> (no Neo4j, HTTP or invalid-operation exception) once; each service must
/// log it, keep running, and do its work on its next turn against the real Neo4j.
/// </summary>
public sealed class BackgroundServiceFailureTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ShouldKeepWarmingProjectionsAfterAnUnexpectedFailure()
    {
        await ImportAsync("warm", 30, seed: 11);
        var log = new RecordingLoggerProvider();
        using var logs = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Information));
        var options = Options.Create(new MeasureOptions { WarmMinActors = 1, WarmCheckSeconds = 1 });
        var client = new FailingOnceClient(Client);
        var warmer = new ProjectionWarmer(client, new MeasureService(client, options), options, logs.CreateLogger<ProjectionWarmer>());
        using var service = new ProjectionWarmService(warmer, options, logs.CreateLogger<ProjectionWarmService>());

        await service.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await WaitForAsync(service, log, "Projection of warm (30 actors) warmed");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.True(client.Failed);
        Assert.Contains(log.Snapshot(), m => m.StartsWith("Warming a projection failed", StringComparison.Ordinal) && m.Contains(FailingOnceClient.Message, StringComparison.Ordinal));
        Assert.False(service.ExecuteTask!.IsFaulted);
    }

    [Fact]
    public async Task ShouldKeepRefreshingMeasuresAfterAnUnexpectedFailure()
    {
        await ImportAsync("refresh", 30, seed: 12);
        var log = new RecordingLoggerProvider();
        using var logs = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Information));
        var options = Options.Create(new MeasureOptions());
        var client = new FailingOnceClient(Client);
        var refresher = new MeasureRefresher(client, new MeasureService(client, options), options, logs.CreateLogger<MeasureRefresher>());
        using var service = new MeasureRefreshService(refresher, logs.CreateLogger<MeasureRefreshService>());

        await service.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            refresher.Enqueue("refresh"); // fails: the client's first statement throws
            await WaitForAsync(service, log, "Recomputing network measures failed");
            refresher.Enqueue("refresh");
            await WaitForAsync(service, log, "Measures of refresh recomputed and written to 30 actors");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.True(client.Failed);
        Assert.False(service.ExecuteTask!.IsFaulted);
        var written = await Client.RunAsync([CypherStatement.Of("MATCH (a:Actor {dataset: 'refresh'}) WHERE a.betweenness IS NOT NULL RETURN count(a)")], TestContext.Current.CancellationToken);
        Assert.Equal(30L, written[0].Rows[0][0]);
    }

    // Until a message starting with `start` is logged; fails at once if the service stopped (an exception let through).
    private static async Task WaitForAsync(BackgroundService service, RecordingLoggerProvider log, string start)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(Patience);
        while (!log.Snapshot().Any(m => m.StartsWith(start, StringComparison.Ordinal)))
        {
            Assert.False(service.ExecuteTask!.IsCompleted, $"the service stopped before logging \"{start}\": {service.ExecuteTask.Exception?.InnerException?.Message}");
            await Task.Delay(50, patience.Token);
        }
    }

    private async Task ImportAsync(string id, int actors, int seed)
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, id);
        FixtureNetworks.WriteRandom(folder, id, actors, actors * 2, 2, 3, 4, seed);
        var importer = new NetworkImporter(Client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
        Assert.True((await importer.ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);
    }

    /// <summary>The real client, whose first statement throws an exception no service expects.</summary>
    private sealed class FailingOnceClient(ICypherClient inner) : DelegatingCypherClient(inner)
    {
        public const string Message = "an unexpected failure";
        private int _failed;

        public bool Failed => Volatile.Read(ref _failed) == 1;

        public override Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default) =>
            Interlocked.Exchange(ref _failed, 1) == 0 ? throw new FormatException(Message) : Inner.RunAsync(statements, cancellationToken);
    }
}
