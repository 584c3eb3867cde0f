using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Graph;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Tests.Host;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// A killed client's open transaction holds its locks only until the local server's idle timeout (a few seconds, not
/// 3.1's 60 s); the next load says what it waits for. The loader's own transactions stay alive past that timeout.
/// </summary>
public sealed class LockWaitTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldFinishALoadBlockedByAnAbandonedTransactionWithinSecondsAndSayWhatItWaitsFor()
    {
        using var content = TempContent.SmallLineage();
        var log = new RecordingLoggerProvider();
        using var host = await StartGraphHostAsync(content.Root, log);
        var sync = host.Services.GetRequiredService<ContentSyncService>();
        Assert.True((await sync.LoadAsync(TestContext.Current.CancellationToken)).Succeeded);

        // A client writes a node the next load changes, then dies: no commit, no rollback, no keep-alive.
        var abandoned = await Neo4j.Client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);
        await abandoned.RunAsync([new CypherStatement("MATCH (c:Concept {id: 'learning-region'}) SET c.name = 'held by a dead client'")], TestContext.Current.CancellationToken);
        var note = File.ReadAllText(Path.Combine(content.Root, "concepts", "learning-region.md"));
        content.With("concepts/learning-region.md", note.Replace("year: 1993", "year: 1994", StringComparison.Ordinal));

        var load = sync.LoadAsync(TestContext.Current.CancellationToken);
        // The client lives (keeps its transaction from the idle timeout) until the load says it waits for the lock: a
        // loaded machine may take longer than that timeout to bring the load to its write, and the lock would be gone.
        static bool Waiting(RecordingLoggerProvider log) =>
            log.Snapshot().Any(m => m.Contains("waiting for a lock held by another transaction", StringComparison.Ordinal));
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            if (Waiting(log) || load.IsCompleted) return true;
            await abandoned.KeepAliveAsync(TestContext.Current.CancellationToken);
            return false;
        }), "the load neither said that it waits for a lock nor finished");
        var sinceDeath = Stopwatch.StartNew();
        var outcome = await load;
        sinceDeath.Stop();

        Assert.True(outcome.Succeeded, $"{outcome.Mode}: {outcome.Error} {string.Join("; ", outcome.Diagnostics)}");
        Assert.True(Waiting(log), "the load did not say what it waited for");
        Assert.True(sinceDeath.Elapsed < TimeSpan.FromSeconds(30), $"the load waited {sinceDeath.Elapsed} for the dead client's locks");
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (c:Concept {id: 'learning-region', year: 1994}) RETURN count(c)"));
    }

    [Fact]
    public async Task ShouldKeepAWriteTransactionAliveWhileItsOwnerWorksLongerThanTheIdleTimeout()
    {
        using var content = TempContent.SmallLineage();
        using var host = await StartGraphHostAsync(content.Root, new RecordingLoggerProvider());
        var client = host.Services.GetRequiredService<ICypherClient>();

        await using var transaction = await client.BeginTransactionAsync(cancellationToken: TestContext.Current.CancellationToken);
        await transaction.RunAsync([new CypherStatement("CREATE (:Probe {id: 'kept-alive'})")], TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(8), TestContext.Current.CancellationToken); // the local server's idle timeout is 5 s
        await transaction.CommitAsync(TestContext.Current.CancellationToken);

        Assert.True(((KeepAliveTransaction)transaction).KeepAlivesSent > 0);
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (p:Probe {id: 'kept-alive'}) RETURN count(p)"));
    }

    /// <summary>The graph services as the CLI and the host register them (the Cypher client with keep-alives), on the shared server.</summary>
    private async Task<IHost> StartGraphHostAsync(string contentRoot, RecordingLoggerProvider log)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
        [
            $"--Neo4j:Uri={Neo4j.Endpoint.HttpUri}",
            $"--Neo4j:User={Neo4j.Endpoint.User}",
            $"--Neo4j:Password={Neo4j.Endpoint.Password}",
            $"--Content:Root={contentRoot}",
        ]);
        builder.Logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Information);
        builder.AddGraph();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
