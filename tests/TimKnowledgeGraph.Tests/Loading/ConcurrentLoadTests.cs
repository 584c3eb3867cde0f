using TimKnowledgeGraph.Graph.Loading;
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

        var (cli, watcher, _) = await LoadWithAnotherInBetweenAsync(content, TempContent.SdinNamed("SDIN three"));

        Assert.True(cli.Succeeded);
        Assert.True(watcher.Succeeded);
        // The files say version 3, and so must the graph: without the two loads serialised, the version-2 load
        // committed last with what it had computed against the graph before version 3 and left 'SDIN two' behind,
        // under a latest Load whose hashes matched no files on disk.
        Assert.Equal(("SDIN three", "Unchanged"), await NameAndNextLoadAsync(content));
    }

    [Fact]
    public async Task ShouldNotRecordAnUnchangedLoadOverAVersionAnotherProcessCommittedMeanwhile()
    {
        using var content = TempContent.SmallLineage();
        Assert.True((await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken)).Succeeded);
        var original = File.ReadAllText(Path.Combine(content.Root, "concepts", "sdin.md"));

        // The edit is undone while its load is paused, and the watcher finds the files as the latest Load recorded them.
        // Recording "unchanged" then, without waiting, let the edit's load commit after it: 'SDIN two' in the graph,
        // under a latest Load that matched the files.
        var (cli, watcher, _) = await LoadWithAnotherInBetweenAsync(content, original);

        Assert.True(cli.Succeeded);
        Assert.Equal("Full", watcher.Mode.ToString());
        Assert.Equal(("Social dynamics of innovation networks", "Unchanged"), await NameAndNextLoadAsync(content));
    }

    [Fact]
    public async Task ShouldQueueTwoFirstLoadsIntoAGraphWithNoLoadYet()
    {
        // The very first load of a graph has no Load node to lock. Without a lock for the first load, both compared
        // with the empty graph: the version-2 load committed last and left 'SDIN two' under the version-3 load (the
        // later record), whose hashes match the files, so the next load said Unchanged.
        using var content = TempContent.SmallLineage();

        var (cli, watcher, watcherWaited) = await LoadWithAnotherInBetweenAsync(content, TempContent.SdinNamed("SDIN three"));

        Assert.True(cli.Succeeded);
        Assert.True(watcher.Succeeded);
        Assert.True(watcherWaited);
        Assert.Equal(("SDIN three", "Unchanged"), await NameAndNextLoadAsync(content));
        var loads = await Client.RunAsync(
            [new CypherStatement("MATCH (l:Load) RETURN count(l), sum(CASE WHEN l.id = 'first-load-lock' THEN 1 ELSE 0 END)")],
            TestContext.Current.CancellationToken);
        Assert.Equal(["3", "0"], loads[0].Rows[0].Select(v => $"{v}")); // the three loads' records, and no trace of the lock
    }

    // One process (the CLI) loads version 2 of sdin.md and pauses in its transaction, after it has read the graph and
    // before it writes; meanwhile the note becomes `between` and another process (the watcher) loads it, for up to 2 s
    // (whether it was still waiting then is returned); then the first goes on.
    private async Task<(LoadOutcome Cli, LoadOutcome Watcher, bool WatcherWaited)> LoadWithAnotherInBetweenAsync(TempContent content, string between)
    {
        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN two"));
        using var paused = new PausingClient(Client, pauseBefore: "UNWIND");
        var cli = SyncHarness.Create(paused, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        await paused.Reached.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        content.With("concepts/sdin.md", between);
        var watcher = SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        await Task.WhenAny(watcher, Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));
        var watcherWaited = !watcher.IsCompleted;
        paused.Resume();
        return (await cli, await watcher, watcherWaited);
    }

    // The concept's name in the graph, and what a load of the files finds (Unchanged: the latest Load matches them).
    private async Task<(object?, string)> NameAndNextLoadAsync(TempContent content)
    {
        var again = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        var names = await Client.RunAsync([new CypherStatement("MATCH (c:Concept {id: 'sdin'}) RETURN c.name")], TestContext.Current.CancellationToken);
        return (names[0].Rows[0][0], again.Mode.ToString());
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

        private sealed class Transaction(PausingClient owner, ICypherTransaction inner) : DelegatingCypherTransaction(inner)
        {
            public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
            {
                if (statements.Any(s => s.Text.Contains(owner.PauseBefore, StringComparison.Ordinal)) && owner._reached.TrySetResult())
                    await owner._resume.Task.WaitAsync(cancellationToken);
                return await Inner.RunAsync(statements, cancellationToken);
            }
        }
    }
}
