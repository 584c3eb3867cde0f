using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The background warm-up of projections (issue #15, no cold first call): a warmed dataset is served from the cache, a
/// request that arrives while its dataset is being warmed awaits that same projection (one projection, not two), a
/// request for another dataset does not wait for the warm-up, a cancelled warm-up is forgotten, and the warmer takes the
/// largest datasets above the bound and projects one again after a re-import. On the real Neo4j; the projection's first
/// actor page can be held (<see cref="HoldingClient"/>) so "mid-warm" is a fact of the test, not a race.
/// </summary>
public sealed class ProjectionWarmTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldServeARequestThatArrivesMidWarmFromTheSameProjection()
    {
        using var content = new TempContent();
        await ImportAsync(content, "big", 60, seed: 1);
        var client = new HoldingClient(Client, "big");
        var service = new MeasureService(client, Options.Create(new MeasureOptions()));

        var warm = service.WarmAsync("big", TestContext.Current.CancellationToken);
        await client.Held.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var request = service.GetNetworkAsync("big", TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.False(request.IsCompleted); // it waits for the warm-up's projection
        client.Release.SetResult();

        Assert.True(await warm);
        var network = await request;
        Assert.NotNull(network);
        Assert.Equal(1, client.Projections("big"));
        Assert.Same(network, await service.GetNetworkAsync("big", TestContext.Current.CancellationToken));
        Assert.Equal(60, network.ActorCount);
        Assert.True(await service.IsWarmAsync("big", TestContext.Current.CancellationToken));
        Assert.False(await service.WarmAsync("big", TestContext.Current.CancellationToken)); // already warm: nothing projected
        Assert.Equal(1, client.Projections("big"));
    }

    [Fact]
    public async Task ShouldStampTwoDatasetsWithOneIdOnceInsteadOfFailing()
    {
        // Before ids had a length limit, a 60,000-character dataset id imported twice made two Dataset nodes with that id:
        // Neo4j 3.1's unique constraint cannot hold an id past Lucene's term limit. The warm-up's stamps threw on the
        // duplicate key, and the exception stopped the host at every start.
        var id = new string('y', 60_000);
        foreach (var run in new[] { 1L, 2L }) // two transactions, as two imports: the index cannot find the first
            await Client.RunAsync([CypherStatement.Of("CREATE (:Dataset {id: $id, importRun: $run})", ("id", id), ("run", run))], TestContext.Current.CancellationToken);
        var service = new MeasureService(Client, Options.Create(new MeasureOptions()));

        var stamps = await service.StampsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(id, Assert.Single(stamps).Key);
    }

    [Fact]
    public async Task ShouldNotMakeARequestForAnotherDatasetWaitForTheWarmUp()
    {
        using var content = new TempContent();
        await ImportAsync(content, "big", 60, seed: 2);
        await ImportAsync(content, "other", 20, seed: 3);
        var client = new HoldingClient(Client, "big");
        var service = new MeasureService(client, Options.Create(new MeasureOptions()));

        var warm = service.WarmAsync("big", TestContext.Current.CancellationToken);
        await client.Held.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var other = await service.GetAsync("other", TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.NotNull(other);
        Assert.False(warm.IsCompleted);
        client.Release.SetResult();
        Assert.True(await warm);
    }

    [Fact]
    public async Task ShouldForgetACancelledWarmUpSoTheNextRequestProjects()
    {
        using var content = new TempContent();
        await ImportAsync(content, "big", 60, seed: 4);
        var client = new HoldingClient(Client, "big");
        var service = new MeasureService(client, Options.Create(new MeasureOptions()));
        using var stopping = new CancellationTokenSource();

        var warm = service.WarmAsync("big", stopping.Token);
        await client.Held.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => warm);
        client.Release.SetResult();

        Assert.False(await service.IsWarmAsync("big", TestContext.Current.CancellationToken));
        Assert.Equal(60, (await service.GetNetworkAsync("big", TestContext.Current.CancellationToken))!.ActorCount);
        Assert.Equal(2, client.Projections("big"));
    }

    [Fact]
    public async Task ShouldWarmTheLargestDatasetsAboveTheBoundAndProjectAgainAfterAReimport()
    {
        using var content = new TempContent();
        var big = await ImportAsync(content, "big", 60, seed: 5);
        await ImportAsync(content, "middle", 40, seed: 6);
        await ImportAsync(content, "small", 20, seed: 7);
        var options = Options.Create(new MeasureOptions { WarmMinActors = 30, WarmDatasets = 1 });
        var service = new MeasureService(Client, options);
        var counting = new CountingClient(Client);
        var warmer = new ProjectionWarmer(counting, service, options, NullLogger<ProjectionWarmer>.Instance);

        Assert.Equal(["big"], await warmer.WarmAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, counting.Requests(ProjectionWarmer.ActorCountStatement)); // every dataset counted once
        Assert.Empty(await warmer.WarmAsync(TestContext.Current.CancellationToken)); // unchanged: nothing to do
        Assert.Equal(3, counting.Requests(ProjectionWarmer.ActorCountStatement)); // and nothing counted again
        Assert.False(await service.IsWarmAsync("middle", TestContext.Current.CancellationToken)); // above the bound, but only the largest is kept warm
        Assert.False(await service.IsWarmAsync("small", TestContext.Current.CancellationToken));
        var before = await service.GetNetworkAsync("big", TestContext.Current.CancellationToken);

        FixtureNetworks.WriteRandom(big, "big", 60, 150, 2, 3, 4, 8); // same actors, other ties
        Assert.True((await Importer().ImportAsync(big, null, TestContext.Current.CancellationToken)).Succeeded);
        Assert.False(await service.IsWarmAsync("big", TestContext.Current.CancellationToken));
        Assert.Equal(["big"], await warmer.WarmAsync(TestContext.Current.CancellationToken));
        Assert.Equal(4, counting.Requests(ProjectionWarmer.ActorCountStatement)); // only the re-imported dataset counted again

        var after = (await service.GetNetworkAsync("big", TestContext.Current.CancellationToken))!;
        Assert.NotSame(before, after);
        var fresh = (await MultiplexProjection.ReadAsync(Client, "big", TestContext.Current.CancellationToken))!;
        Assert.Equal(fresh.ActorIds, after.ActorIds);
        Assert.Equal(fresh.Aggregate.EdgeCount, after.Aggregate.EdgeCount);
        for (var v = 0; v < fresh.ActorCount; v++)
            Assert.Equal(fresh.Aggregate.Neighbours(v).ToArray(), after.Aggregate.Neighbours(v).ToArray());
    }

    [Fact]
    public async Task ShouldWarmNothingWhenTurnedOff()
    {
        using var content = new TempContent();
        await ImportAsync(content, "big", 60, seed: 9);
        var options = Options.Create(new MeasureOptions { WarmMinActors = 0 });
        var service = new MeasureService(Client, options);

        Assert.Empty(await new ProjectionWarmer(Client, service, options, NullLogger<ProjectionWarmer>.Instance).WarmAsync(TestContext.Current.CancellationToken));
        Assert.False(await service.IsWarmAsync("big", TestContext.Current.CancellationToken));
    }

    private NetworkImporter Importer() => new(Client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);

    private async Task<string> ImportAsync(TempContent content, string id, int actors, int seed)
    {
        var folder = Path.Combine(content.Root, id);
        FixtureNetworks.WriteRandom(folder, id, actors, actors * 2, 2, 3, 4, seed);
        Assert.True((await Importer().ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);
        return folder;
    }

    /// <summary>
    /// The real client, counting the projections of a dataset (its actor statement) and holding the first one of
    /// <c>heldDataset</c> until <see cref="Release"/> is set.
    /// </summary>
    private sealed class HoldingClient(ICypherClient inner, string heldDataset) : DelegatingCypherClient(inner)
    {
        private readonly Dictionary<string, int> _projections = [];
        private int _held;

        public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Projections(string dataset)
        {
            lock (_projections) return _projections.GetValueOrDefault(dataset);
        }

        public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
        {
            if (statements is [{ Text: var text, Parameters: { } p }] && text == MultiplexProjection.ActorsStatement)
            {
                var dataset = (string)p["d"]!;
                lock (_projections) _projections[dataset] = _projections.GetValueOrDefault(dataset) + 1;
                if (dataset == heldDataset && Interlocked.Exchange(ref _held, 1) == 0)
                {
                    Held.SetResult();
                    await Release.Task.WaitAsync(cancellationToken);
                }
            }
            return await Inner.RunAsync(statements, cancellationToken);
        }
    }
}
