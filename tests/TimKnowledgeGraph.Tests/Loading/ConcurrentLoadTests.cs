using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// Two processes loading the same content folder at once (a host's file watcher and <c>timkg load</c>), on the real Neo4j.
/// </summary>
public sealed class ConcurrentLoadTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldLeaveTheGraphOfTheFilesWhenAnotherProcessLoadsAVersionInBetween()
    {
        using var content = TempContent.SmallLineage();
        Assert.True((await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken)).Succeeded);

        // One process (the CLI) reads version 2 and pauses in its transaction, after it has read the graph and before
        // it writes. Meanwhile the notes change to version 3 and another process (the watcher) loads them.
        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN two"));
        using var paused = new PausingClient(Client, pauseBefore: "UNWIND");
        var cli = SyncHarness.Create(paused, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        await paused.Reached.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN three"));
        var watcher = SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        await Task.WhenAny(watcher, Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));
        paused.Resume();

        Assert.True((await cli).Succeeded);
        Assert.True((await watcher).Succeeded);
        // The files say version 3, and so must the graph: without the two loads serialised, the version-2 load
        // committed last with what it had computed against the graph before version 3 and left 'SDIN two' behind,
        // under a latest Load whose hashes matched no files on disk.
        var again = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        var names = await Client.RunAsync([new CypherStatement("MATCH (c:Concept {id: 'sdin'}) RETURN c.name")], TestContext.Current.CancellationToken);
        Assert.Equal(("SDIN three", "Unchanged"), (names[0].Rows[0][0], again.Mode.ToString()));
    }

    [Fact]
    public async Task ShouldNotRecordAnUnchangedLoadOverAVersionAnotherProcessCommittedMeanwhile()
    {
        using var content = TempContent.SmallLineage();
        Assert.True((await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken)).Succeeded);
        var original = File.ReadAllText(Path.Combine(content.Root, "concepts", "sdin.md"));

        // One process loads an edit and pauses before it writes; the edit is undone, and the watcher finds the files
        // as the latest Load recorded them. Recording "unchanged" then, without waiting, let the edit's load commit
        // after it: 'SDIN two' in the graph, under a latest Load that matched the files.
        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN two"));
        using var paused = new PausingClient(Client, pauseBefore: "UNWIND");
        var cli = SyncHarness.Create(paused, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        await paused.Reached.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        content.With("concepts/sdin.md", original);
        var watcher = SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        await Task.WhenAny(watcher, Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));
        paused.Resume();

        Assert.True((await cli).Succeeded);
        Assert.Equal("Full", (await watcher).Mode.ToString());
        var again = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        var names = await Client.RunAsync([new CypherStatement("MATCH (c:Concept {id: 'sdin'}) RETURN c.name")], TestContext.Current.CancellationToken);
        Assert.Equal(("Social dynamics of innovation networks", "Unchanged"), (names[0].Rows[0][0], again.Mode.ToString()));
    }

    [Fact]
    public async Task ShouldQueueTwoFirstLoadsIntoAGraphWithNoLoadYet()
    {
        // The very first load of a graph has no Load node to lock. One process loads version 2 into the empty graph and
        // pauses before it writes; version 3 is loaded meanwhile by another. Without a lock for the first load, both
        // compared with the empty graph: the version-2 load committed last and left 'SDIN two' under the version-3 load
        // (the later record), whose hashes match the files, so the next load said Unchanged.
        using var content = TempContent.SmallLineage();
        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN two"));
        using var paused = new PausingClient(Client, pauseBefore: "UNWIND");
        var cli = SyncHarness.Create(paused, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        await paused.Reached.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN three"));
        var watcher = SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        await Task.WhenAny(watcher, Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));
        var watcherWaited = !watcher.IsCompleted;
        paused.Resume();

        Assert.True((await cli).Succeeded);
        Assert.True((await watcher).Succeeded);
        var again = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        var graph = await Client.RunAsync(
        [
            new CypherStatement("MATCH (c:Concept {id: 'sdin'}) RETURN c.name"),
            new CypherStatement("MATCH (l:Load) RETURN count(l), sum(CASE WHEN l.id = 'first-load-lock' THEN 1 ELSE 0 END)"),
        ], TestContext.Current.CancellationToken);
        Assert.Equal(("SDIN three", "Unchanged", true), (graph[0].Rows[0][0], again.Mode.ToString(), watcherWaited));
        Assert.Equal(3L, graph[1].Rows[0][0]); // the three loads' records, and no trace of the lock
        Assert.Equal(0L, graph[1].Rows[0][1]);
    }

    /// <summary>Holds the first transaction statement containing <paramref name="pauseBefore"/> until <see cref="Resume"/>.</summary>
    private sealed class PausingClient(ICypherClient inner, string pauseBefore) : DelegatingCypherClient(inner), IDisposable
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;

        private string PauseBefore => pauseBefore;

        public void Resume() => _resume.TrySetResult();

        public void Dispose() => Resume();

        public override async Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
            new Transaction(this, await Inner.BeginTransactionAsync(options, cancellationToken));

        private sealed class Transaction(PausingClient owner, ICypherTransaction inner) : ICypherTransaction
        {
            public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
            {
                if (statements.Any(s => s.Text.Contains(owner.PauseBefore, StringComparison.Ordinal)) && owner._reached.TrySetResult())
                    await owner._resume.Task.WaitAsync(cancellationToken);
                return await inner.RunAsync(statements, cancellationToken);
            }

            public Task KeepAliveAsync(CancellationToken cancellationToken = default) => inner.KeepAliveAsync(cancellationToken);

            public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

            public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
