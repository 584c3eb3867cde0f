using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>A load tells the time it waited for Neo4j apart from its own work (the log line and `timkg load` show both).</summary>
public sealed class LoadTimingTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task ShouldCountTheTimeSpentWaitingForNeo4jAsNeo4jsNotOurs()
    {
        using var content = TempContent.SmallLineage();
        var slow = new SlowClient(Client);

        var first = await SyncHarness.Create(slow, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        var firstCalls = slow.Calls;
        var unchanged = await SyncHarness.Create(slow, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        Assert.True(first.Succeeded);
        Assert.True(firstCalls >= 2, $"the first load made {firstCalls} slowed calls");
        Assert.InRange(first.Neo4jTime, Delay * firstCalls, first.Elapsed);
        Assert.InRange(unchanged.Neo4jTime, Delay * (slow.Calls - firstCalls), unchanged.Elapsed);
    }

    /// <summary>Neo4j as a slow server: every request on the client (not in a transaction) answers 300 ms late.</summary>
    private sealed class SlowClient(ICypherClient inner) : DelegatingCypherClient(inner)
    {
        private int _calls;

        public int Calls => _calls;

        public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            await Task.Delay(Delay, cancellationToken);
            return await Inner.RunAsync(statements, cancellationToken);
        }

        public override async Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            await Task.Delay(Delay, cancellationToken);
            return await Inner.BeginTransactionAsync(options, cancellationToken);
        }
    }
}
